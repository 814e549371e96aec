/**
 * What went wrong with one Intervals.icu request, in terms a caller can act on.
 *
 * `kind` is the coarse class every consumer branches on (the interval/stream caches map it onto
 * the reference's transient/terminal outcomes); `detail` refines it where the fix differs:
 *   too_large     the body passed its cap (kind 'malformed': the response is unusable)
 *   redirect      a redirect to another origin, or too many, was not followed (kind 'http')
 *   refused_url   a URL the client will not request at all, e.g. ftp: or file: (kind 'network')
 *
 * Messages name the endpoint and the status, never a response body or a request's query or
 * headers: an error body can echo the request, Authorization header included.
 */
export type IntervalsErrorKind = 'http' | 'timeout' | 'network' | 'malformed' | 'schema';
export type IntervalsErrorDetail = 'too_large' | 'redirect' | 'refused_url' | null;

export class IntervalsError extends Error {
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status: number | null,
    readonly kind: IntervalsErrorKind,
    readonly retryAfterRaw: string | null = null,
    readonly detail: IntervalsErrorDetail = null,
  ) {
    super(message);
    this.name = 'IntervalsError';
  }
}

export type Outcome<T> = { ok: true; data: T; status: number } | { ok: false; error: IntervalsError };

/**
 * Why a block degraded. Where the reference catches an exception and writes `{"error": …}`, null
 * or a fallback, the port writes exactly the same, and also records the reason here, so that a
 * coding error (a TypeError or RangeError of our own) shows up in the run's log instead of as a
 * quietly missing block.
 *
 * Derive is synchronous: `collectDiagnostics` installs a list for the duration of one call, and
 * every `diagnose` inside that call appends to it. Outside a collection (unit tests calling a
 * derive function directly) a diagnosis is dropped.
 */

export interface Diagnostic {
  /** where, as a path into the output (`routes.events[3].terrain_summary`, `history.json`) */
  block: string;
  /** why: the error's class and message, or the data fault */
  reason: string;
}

let sink: Diagnostic[] | null = null;

/** Run `fn` and return its result with every diagnosis made meanwhile. */
export function collectDiagnostics<T>(fn: () => T): { result: T; diagnostics: Diagnostic[] } {
  const outer = sink;
  const list: Diagnostic[] = [];
  sink = list;
  try {
    return { result: fn(), diagnostics: list };
  } finally {
    sink = outer;
  }
}

/** Record that `block` degraded and why. */
export function diagnose(block: string, reason: string): void {
  sink?.push({ block, reason: reason.slice(0, 300) });
}

/** An error our own code raised (a bug, not bad data): named as such in the diagnostic. */
export function isCodingError(e: unknown): boolean {
  return e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
}

/** The reason text of a caught error: its class and first line, flagging coding errors. */
export function reasonOf(e: unknown): string {
  if (e instanceof Error) {
    const first = e.message.split('\n')[0];
    return isCodingError(e) ? `internal error ${e.name}: ${first}` : `${e.name === 'Error' ? '' : `${e.name}: `}${first}`;
  }
  return String(e);
}

/** Record a caught error for `block` (the caller then degrades as the reference does). */
export function degraded(block: string, e: unknown): void {
  diagnose(block, reasonOf(e));
}

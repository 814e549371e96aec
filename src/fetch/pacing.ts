/**
 * When a request may go out. Three rules, each with its own reason:
 *
 * - Concurrency (Semaphore): at most N requests in flight, granted in the order the run asked
 *   for them.
 * - Rate (TokenBucket, one per host): Intervals.icu allows about 10 requests per second per IP
 *   with a short burst allowance. A bucket holds `burst` tokens and refills at `ratePerSecond`;
 *   every attempt (a retry too) takes one, waiting in line when the bucket is empty. A normal run
 *   fits in the burst and never waits; a very large one (a multisport athlete's first run) is
 *   spread out at the sustained rate instead of meeting 429s on its best-effort reads.
 * - Order per path (PathOrder): requests to the same URL path (different queries: the wellness
 *   lists, the two event lists, the curve reads) go out one after the other, in the order the run
 *   asked for them: each once the previous one has been sent (its headers written to the socket,
 *   sent.ts) or, when that cannot be observed, answered. This is the order in which the
 *   reference's sequential reads reach the server, so whatever the server decides per path in
 *   arrival order (a one-off failure of "the first hr-curves request") lands on the same read as
 *   it would for the reference, while the round trips still overlap. Started at the same moment,
 *   two requests can reach the server in either order.
 */

/**
 * At most `limit` tasks at once; a free slot goes to the waiting task asked for first (the lowest
 * `seq`), so a request held back by PathOrder does not queue behind reads asked for after it.
 */
export class Semaphore {
  private active = 0;
  private readonly queue: Array<{ seq: number; go: () => void }> = [];
  constructor(private readonly limit: number) {}

  async run<T>(seq: number, fn: () => Promise<T>): Promise<T> {
    if (this.active < this.limit && !this.queue.some((w) => w.seq < seq)) {
      this.active++;
    } else {
      // the slot is taken on this task's behalf when it is released (see release)
      await new Promise<void>((go) => {
        let i = this.queue.length;
        while (i > 0 && this.queue[i - 1].seq > seq) i--;
        this.queue.splice(i, 0, { seq, go });
      });
    }
    try {
      return await fn();
    } finally {
      this.active--;
      this.release();
    }
  }

  /** Starts the earliest-asked waiting task. */
  private release(): void {
    if (this.active >= this.limit || this.queue.length === 0) return;
    this.active++;
    this.queue.shift()?.go();
  }
}

/** `burst` tokens, refilled continuously at `ratePerSecond`; waiters are served in arrival order. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly queue: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Whether take() would resolve at once. */
  ready(): boolean {
    return this.queue.length === 0 && this.refill() >= 1;
  }

  /** Resolves when a token is taken. */
  take(): Promise<void> {
    if (this.ready()) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.queue.push(resolve);
      this.schedule();
    });
  }

  private refill(): number {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.ratePerSecond) / 1000);
    this.last = t;
    return this.tokens;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const waitMs = Math.max(1, Math.ceil(((1 - this.refill()) * 1000) / this.ratePerSecond));
    this.timer = setTimeout(() => {
      this.timer = null;
      while (this.queue.length && this.refill() >= 1) {
        this.tokens -= 1;
        this.queue.shift()?.();
      }
      if (this.queue.length) this.schedule();
    }, waitMs);
  }
}

/** Same-path requests one after the other, in the order asked (see the module comment). */
export class PathOrder {
  /** origin + path → settles when the latest request asked for on it may be followed */
  private readonly tail = new Map<string, Promise<void>>();

  /**
   * Runs `start` once every earlier request on the same path has been sent or has settled.
   * `start` calls `sent` when its request has left (the next one on the path may go then); its
   * settling counts as sent too.
   */
  after<T>(url: string, start: (sent: () => void) => Promise<T>): Promise<T> {
    const u = new URL(url);
    const key = u.origin + u.pathname;
    const previous = this.tail.get(key);
    let sent!: () => void;
    this.tail.set(key, new Promise<void>((resolve) => (sent = resolve)));
    const go = () => {
      const p = start(sent);
      p.then(sent, sent);
      return p;
    };
    return previous ? previous.then(go) : go();
  }
}

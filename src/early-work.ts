/**
 * Work a run can do on answers already in, which derive would otherwise do once the last answer
 * arrives (an activity's terrain and DFA a1 block from its streams), done while the other reads
 * are awaited.
 *
 * One task per turn of the event loop: the answers arriving meanwhile are read (and free their
 * slots for the reads still waiting) between tasks. A task only fills a cache of pure results, so
 * one that fails is dropped: derive meets the same input itself and reports it in its place.
 */
export class EarlyWork {
  private readonly tasks: Array<() => void> = [];
  private running = false;

  /** Queue `task` once the code it needs (`moduleP`, loading meanwhile) is in; nothing without it. */
  add<M>(moduleP: Promise<M> | undefined, task: (m: M) => void): void {
    moduleP?.then(
      (m) => {
        this.tasks.push(() => task(m));
        if (!this.running) {
          this.running = true;
          setImmediate(() => this.next());
        }
      },
      () => undefined,
    );
  }

  private next(): void {
    const task = this.tasks.shift();
    if (!task) {
      this.running = false;
      return;
    }
    try {
      task();
    } catch {
      // derive repeats the work and handles the failure in its place
    }
    setImmediate(() => this.next());
  }
}

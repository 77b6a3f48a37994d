/** A counting semaphore: at most `n` holders at once, served in order. */
export class Slots {
  private free: number;
  private queue: (() => void)[] = [];
  constructor(n: number) {
    this.free = n;
  }
  /** Runs `fn` once a slot is free, and frees the slot when it settles. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.queue.push(r));
    try {
      return await fn();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    }
  }
}

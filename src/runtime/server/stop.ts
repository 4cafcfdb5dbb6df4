/**
 * When serving ends: as the reference harness (tools/real-tornado) stops its IOLoop.
 * Its check runs 50 ms after serving starts and every 20 ms after that; the first
 * check that finds every client answered (or given up) stops the loop 300 ms later,
 * at the end of that loop iteration. What the code would do after that is never seen.
 * The checks themselves are not loop work here: only the moment they stop serving is.
 */
const FIRST_CHECK_US = 50_000;
const CHECK_EVERY_US = 20_000;
const LINGER_US = 300_000;

export class ServingStop {
  private done = 0;
  private lastDoneUs = 0;

  constructor(private readonly clients: number) {}

  /** A client got its response or gave up at `t` (µs). */
  clientDone(t: number): void {
    this.done++;
    this.lastDoneUs = Math.max(this.lastDoneUs, t);
  }

  /** The time serving stops (µs), once every client is done; null before. */
  stopAt(): number | null {
    if (this.done < this.clients) return null;
    const t = this.lastDoneUs;
    // The first check after the last client finished.
    const check =
      t <= FIRST_CHECK_US
        ? FIRST_CHECK_US
        : FIRST_CHECK_US + Math.ceil((t - FIRST_CHECK_US) / CHECK_EVERY_US) * CHECK_EVERY_US;
    return check + LINGER_US;
  }
}

/**
 * How a run is stopped from outside Python's exception system: a runaway loop or a
 * deadline. Not a Python exception, so `except:` in user code cannot swallow it.
 */
import type { TracebackEntry } from "../objects/exceptions";

export type HaltReason = "steps" | "time";

export class ExecutionHalted extends Error {
  constructor(
    readonly why: HaltReason,
    message: string,
    /** The line that was running when the run stopped. */
    readonly line: number,
    /** The Python frames that were active, outermost first. */
    readonly frames: readonly TracebackEntry[],
  ) {
    super(message);
    this.name = "ExecutionHalted";
  }
}

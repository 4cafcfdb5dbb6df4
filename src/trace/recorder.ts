/**
 * The trace recorder the runtime emits into: one instance per run, never shared.
 */
import type { TraceEvent, TraceEventInit } from "./types";

/**
 * Numbers events in emission order (`seq` 0, 1, 2, ...) and keeps them. An optional
 * listener sees each event as it is emitted (for streaming to a view).
 */
export class TraceRecorder {
  private readonly list: TraceEvent[] = [];

  constructor(private readonly listener?: (event: TraceEvent) => void) {}

  /** Records `init` with the next `seq` and returns the recorded event. */
  emit(init: TraceEventInit): TraceEvent {
    const event = { ...init, seq: this.list.length } as TraceEvent;
    this.list.push(event);
    this.listener?.(event);
    return event;
  }

  /** As {@link emit}, but takes ownership of `init` (a fresh object the caller does
   * not keep): it is numbered in place, not copied. The runtime's hot path. */
  emitOwned(init: TraceEventInit): TraceEvent {
    const event = init as TraceEvent;
    (event as { seq: number }).seq = this.list.length;
    this.list.push(event);
    this.listener?.(event);
    return event;
  }

  /** The events so far, in `seq` order. */
  get events(): readonly TraceEvent[] {
    return this.list;
  }
}

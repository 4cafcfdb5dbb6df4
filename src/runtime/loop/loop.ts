/**
 * The virtual IOLoop: a clock, a FIFO of ready callbacks, timers and network events
 * ordered by (time, sequence), and one iteration rule per release (TORNADO_SEMANTICS
 * §5.1). Nothing here reads the wall clock: time moves when code runs (its steps
 * cost CPU time), when it blocks, or when the loop sleeps until the next event.
 */
import type { Owner } from "../../trace";
import { TimeHeap } from "./heap";

/** A unit of work the loop runs: a callback, a timer's callback, or a network event's handler. */ import type { StackContext } from "./stack-context";

export interface Job {
  readonly run: () => void;
  readonly owner: Owner;
  /** What the chart calls this stretch of work, e.g. `TestHandler.post`. */
  readonly label: string;
  /** The stack_context entered where it was scheduled (≤5.1), restored while it runs. */
  readonly context: StackContext | null;
}

interface TimerEntry {
  readonly time: number;
  readonly seq: number;
  readonly id: number;
  /** Null once cancelled: the entry waits in the heap until its time, its job need not. */
  job: Job | null;
}

interface IoEntry {
  readonly time: number;
  readonly seq: number;
  readonly job: Job;
}

export type IterationStyle = "poll32" | "poll45" | "asyncio";

/** What runs jobs: the world sets the owner, charges CPU time and records the run. */
export type JobRunner = (job: Job) => void;

export class EventLoop {
  /** Virtual time in microseconds. */
  clock = 0;
  private ready: Job[] = [];
  private readonly timers = new TimeHeap<TimerEntry>();
  private readonly timerById = new Map<number, TimerEntry>();
  private readonly io = new TimeHeap<IoEntry>();
  private seq = 0;
  private nextTimerId = 1;
  stopped = false;

  constructor(
    private readonly style: IterationStyle,
    private readonly runJob: JobRunner,
  ) {}

  /** `add_callback` / `call_soon`: runs in a later iteration, FIFO. */
  callSoon(job: Job): void {
    this.ready.push(job);
  }

  /** A timer: `add_timeout`, `call_later`, `call_at`. Returns its id. */
  callAt(time: number, job: Job): number {
    const id = this.nextTimerId++;
    const entry: TimerEntry = { time, seq: this.seq++, id, job };
    this.timers.push(entry);
    this.timerById.set(id, entry);
    return id;
  }

  cancelTimer(id: number): boolean {
    const t = this.timerById.get(id);
    if (!t || t.job === null) return false;
    t.job = null;
    this.timerById.delete(id);
    return true;
  }

  /** A network event (a request arriving, a response coming back) the loop sees when it polls. */
  ioAt(time: number, job: Job): void {
    this.io.push({ time, seq: this.seq++, job });
  }

  /** Whether callbacks are waiting to run. */
  get hasReady(): boolean {
    return this.ready.length > 0;
  }

  /** Whether anything is left to happen. */
  get idle(): boolean {
    return this.ready.length === 0 && this.liveTimers() === 0 && this.io.size === 0;
  }

  private liveTimers(): number {
    while (this.timers.size && this.timers.peek()!.job === null) this.timers.pop();
    return this.timers.size;
  }

  /** The time of the next timer or network event, or undefined. */
  nextEventTime(): number | undefined {
    this.liveTimers();
    const t = this.timers.peek()?.time;
    const i = this.io.peek()?.time;
    if (t === undefined) return i;
    if (i === undefined) return t;
    return Math.min(t, i);
  }

  /** Move the timers due by now to the end of `into`, in time order. */
  private popDueTimers(into: Job[]): Job[] {
    for (;;) {
      const t = this.timers.peek();
      if (!t || t.time > this.clock) break;
      this.timers.pop();
      if (t.job === null) continue;
      this.timerById.delete(t.id);
      into.push(t.job);
    }
    return into;
  }

  /** Move the network events due by now to the end of `into`, in time order. */
  private popDueIo(into: Job[]): Job[] {
    for (;;) {
      const e = this.io.peek();
      if (!e || e.time > this.clock) break;
      this.io.pop();
      into.push(e.job);
    }
    return into;
  }

  /** The ready callbacks; what they schedule goes to a new `ready` for the next iteration. */
  private takeReady(): Job[] {
    const batch = this.ready;
    this.ready = [];
    return batch;
  }

  /** Run `batch` in order until the loop stops; what a stop leaves is dropped. */
  private runBatch(batch: readonly Job[]): void {
    for (let i = 0; i < batch.length && !this.stopped; i++) this.runJob(batch[i]!);
  }

  /** With nothing ready, the loop sleeps until the next timer or network event. */
  private sleepUntilNext(advance: (to: number) => void): void {
    if (this.ready.length) return;
    const next = this.nextEventTime();
    if (next !== undefined && next > this.clock) advance(next);
  }

  /** Run one loop iteration as the release does. `advance` moves the clock (the world flushes client events). */
  iterate(advance: (to: number) => void): void {
    switch (this.style) {
      case "asyncio": {
        this.sleepUntilNext(advance);
        this.popDueIo(this.ready);
        this.popDueTimers(this.ready);
        this.runBatch(this.takeReady());
        return;
      }
      case "poll45": {
        // The due timers run after the callbacks, in one batch with them.
        const batch = this.popDueTimers(this.takeReady());
        this.runBatch(batch);
        this.pollIo(advance);
        return;
      }
      case "poll32": {
        this.runBatch(this.takeReady());
        // Timers added by those callbacks run now if already due.
        this.runBatch(this.popDueTimers([]));
        this.pollIo(advance);
        return;
      }
    }
  }

  private pollIo(advance: (to: number) => void): void {
    if (this.stopped) return;
    if (this.ready.length === 0 && this.timersDueNow() === false) this.sleepUntilNext(advance);
    this.runBatch(this.popDueIo([]));
  }

  private timersDueNow(): boolean {
    this.liveTimers();
    const t = this.timers.peek();
    return t !== undefined && t.time <= this.clock;
  }
}

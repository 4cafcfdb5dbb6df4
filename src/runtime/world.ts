/**
 * One run of a scenario: the interpreter, the virtual loop, the trace, and the
 * clock rules that tie them together. Everything the emulated modules need reaches
 * them through this object; nothing is global.
 */
import { ExecutionHalted, type Interpreter } from "../python";
import { PyType } from "../python/objects/core";
import { excType, isPyException, type PyException } from "../python/objects/exceptions";
import type { Scenario } from "../scenario";
import {
  TraceRecorder,
  type Blocked,
  type Owner,
  type Run,
  type TraceEvent,
  type TraceEventInit,
  type VTime,
  type ExcInfo,
} from "../trace";
import { EventLoop, type Job } from "./loop/loop";
import { TimeHeap } from "./loop/heap";
import { handleInContexts, type StackContext } from "./loop/stack-context";
import type { ReleaseProfile } from "./profile";

/** CPU cost of one step (a loop iteration or a call) at cpu-speed 1, in µs: a
 * 3-million-iteration `total += i` loop costs ~110 ms, as on CPython 3.11. */
export const US_PER_STEP = 110_000 / 3_000_000;

/** The most steps one job may run before it is stopped as a runaway. */
const MAX_STEPS_PER_JOB = 150_000_000;
/** The most virtual time one job may take before it is stopped as a runaway. */
const MAX_JOB_US = 5_000_000;

/** CPython's GIL switch interval: a thread waiting for the GIL gets it within 5 ms. */
const SWITCH_INTERVAL_US = 5_000;

/** The `t` an event is built with before {@link World.emit} stamps it. */
export const UNSTAMPED = 0 as VTime;

/** Does nothing: what a cancelled client event fires. */
const NOTHING = (): void => {};

/** A client event: the heap entry is also the handle `cancel` is called on. */
class External {
  cancelled = false;

  constructor(
    readonly time: number,
    readonly seq: number,
    public fire: () => void,
  ) {}

  cancel(): void {
    this.cancelled = true;
    // The entry stays in the heap until its time comes; what `fire` holds (a request's
    // whole state, for a client's timeout) need not stay with it.
    this.fire = NOTHING;
  }
}

/** A record the runtime logs: level, logger name, message, exception, its traceback text, (module, line). */
export type LogRoute = (
  level: import("../trace").LogLevel,
  logger: string,
  message: string,
  exc: PyException | null,
  tracebackText: string | null,
  site: readonly [string, number],
) => void;

export class World {
  readonly loop: EventLoop;
  readonly trace: TraceRecorder;
  /** Whose code runs now: set for each job, inherited by what it schedules. */
  owner: Owner = { type: "module" };
  /** The Python line the current job started at, for run labels. */
  private sliceSteps = 0;
  private readonly usPerStep: number;
  private readonly stepsPerJob: number;
  private readonly externals = new TimeHeap<External>();
  private extSeq = 0;
  /** Set once the module has loaded; before that, everything is stamped at time 0. */
  serving = false;
  /** Set when a runaway job stopped the run. */
  halted = false;
  private nextIds = { fetch: 1, timer: 1, future: 1, task: 1 };
  private jobDepth = 0;
  private readonly otherThreads: { readonly due: number; readonly run: (t: number) => void }[] = [];

  constructor(
    readonly rt: Interpreter,
    readonly profile: ReleaseProfile,
    readonly scenario: Scenario,
    listener?: (e: import("../trace").TraceEvent) => void,
  ) {
    this.trace = new TraceRecorder(listener);
    this.loop = new EventLoop(profile.loop, (job) => this.runJob(job));
    this.usPerStep = US_PER_STEP / scenario.cpuSpeed;
    this.stepsPerJob = Math.min(MAX_STEPS_PER_JOB, Math.floor(MAX_JOB_US / this.usPerStep));
    rt.hooks.onBudgetExhausted = () => 0;
  }

  newId(kind: keyof World["nextIds"]): number {
    return this.nextIds[kind]++;
  }

  /** The current virtual time, CPU spent by the running code included (µs). */
  now(): number {
    return Math.floor(this.loop.clock + (this.rt.steps - this.sliceSteps) * this.usPerStep);
  }

  /** Set while code runs off the loop (in an executor's virtual thread, whose clock runs
   * ahead of the loop's): its events are recorded when the loop's clock reaches them. */
  offLoop = false;

  /** asyncio.CancelledError (what a cancelled Future raises) for this run. */
  readonly cancelledError: PyType = new PyType("CancelledError", [excType("BaseException")], {
    builtin: false,
    module: "asyncio.exceptions",
  });

  /** InvalidStateError of asyncio and of concurrent.futures: what setting a done Future again raises. */
  readonly invalidStateErrors = {
    asyncio: new PyType("InvalidStateError", [excType("Exception")], { builtin: false, module: "asyncio.exceptions" }),
    concurrent: new PyType("InvalidStateError", [excType("Exception")], {
      builtin: false,
      module: "concurrent.futures._base",
    }),
  };

  /**
   * Where a record the runtime logs goes once the program has imported `logging`: through
   * its loggers and handlers (set by the runtime's logging module). Until then every
   * record is a trace event, as the reference harness's root handler makes it.
   */
  logRoute: LogRoute | null = null;

  /**
   * How the logging module's root logger starts: "harness" as the reference harness sets
   * it up (level INFO, one handler whose records become trace events; what the page and
   * the trace formats show), or "python" as a plain `python3` program has it (level
   * WARNING, no handler: warnings and errors go to stderr).
   */
  loggingRoot: "harness" | "python" = "harness";

  /**
   * Record an event at the current time (or `t`). Client-side events due earlier go first.
   * The event may be built with `t` and `seq` already in it (any values: {@link UNSTAMPED}),
   * which saves the second allocation adding them afterwards costs: hot events do.
   */
  emit(init: DistributiveOmitT<TraceEventInit> | TraceEvent, t?: number): void {
    const time = t ?? this.now();
    if (this.offLoop) {
      this.external(time, () => this.trace.emit({ ...init, t: time as VTime } as TraceEventInit));
      return;
    }
    // Most events have no client event due before them: the test is kept here and the
    // flushing out of line, so this hot function stays small when it is optimized.
    if (this.externals.nextTime() <= time) this.flushExternal(time);
    // Every caller passes a fresh object literal: stamping it saves a copy per event.
    (init as { t?: VTime }).t = time as VTime;
    this.trace.emitOwned(init as TraceEventInit);
  }

  /** Something outside the loop (a client) does `fire` at `time`, whatever the loop is doing. */
  external(time: number, fire: () => void): { cancel(): void } {
    const e = new External(time, this.extSeq++, fire);
    this.externals.push(e);
    return e;
  }

  /** The next client event that will still happen. */
  private nextExternal(): External | undefined {
    while (this.externals.size && this.externals.peek()!.cancelled) this.externals.pop();
    return this.externals.peek();
  }

  /** Charge fixed CPU work of Tornado's own (parsing a request, preparing a fetch) to the clock. */
  charge(us: number): void {
    this.commitCpu();
    this.loop.clock += us;
  }

  private flushingExternal = false;

  private flushExternal(upTo: number): void {
    // A client event's own emit must not fire the ones due with it first: clients due
    // at the same moment act in the order they were set up (the first request first).
    if (this.flushingExternal) return;
    this.flushingExternal = true;
    try {
      for (;;) {
        const e = this.nextExternal();
        if (!e || e.time > upTo) return;
        this.externals.pop();
        // A client acts from outside the loop: what it starts carries no stack context.
        this.withoutStackContext(() => e.fire());
      }
    } finally {
      this.flushingExternal = false;
    }
  }

  /** Charge the CPU spent so far to the clock (before a blocking call or at a job's end). */
  commitCpu(): void {
    this.loop.clock = this.now();
    this.sliceSteps = this.rt.steps;
  }

  /** Move the clock forward while the loop is idle or blocked. */
  advance(to: number): void {
    this.commitCpu();
    this.flushExternal(to);
    if (to > this.loop.clock) this.loop.clock = to;
  }

  /** A blocking call (`time.sleep`): the whole loop stops for `us`. */
  block(us: number, cause: string): void {
    this.commitCpu();
    this.releaseGil();
    const start = this.loop.clock;
    this.advance(start + Math.max(0, Math.round(us)));
    const blocked: Blocked = {
      kind: "blocked",
      end: this.loop.clock as VTime,
      owner: this.owner,
      line: this.rt.currentLine(),
      cause,
      t: start as VTime,
      seq: 0,
    };
    this.emit(blocked, start);
  }

  /** A job to schedule, owned by whoever is running now. */
  job(run: () => void, label: string, owner: Owner = this.owner, context = this.stackContext): Job {
    return { run, owner, label, context };
  }

  callSoon(run: () => void, label: string, owner: Owner = this.owner, context = this.stackContext): void {
    this.loop.callSoon(this.job(run, label, owner, context));
  }

  /** The stack_context entered now (≤5.1): what the callbacks scheduled now carry. */
  stackContext: StackContext | null = null;

  /** `with ExceptionStackContext(handle): body()`; gives the context (to deactivate it later). */
  enterStackContext<T>(handle: (e: PyException) => boolean, body: (ctx: StackContext) => T): T {
    const prev = this.stackContext;
    const ctx: StackContext = { handle, parent: prev, active: true };
    this.stackContext = ctx;
    try {
      return body(ctx);
    } finally {
      this.stackContext = prev;
    }
  }

  /** `with NullContext(): body()`: what is scheduled inside carries no context. */
  withoutStackContext<T>(body: () => T): T {
    const prev = this.stackContext;
    this.stackContext = null;
    try {
      return body();
    } finally {
      this.stackContext = prev;
    }
  }

  /** An exception escaping a callback: the running callback's stack contexts may take it;
   * gives back the exception nobody took (to log), or null. */
  handleInStackContext(e: PyException): PyException | null {
    return this.stackContext ? handleInContexts(this.stackContext, e, isPyException) : e;
  }

  /** Run one job: set its owner, give it a step budget, charge its CPU time, record the run. */
  private runJob(job: Job): void {
    if (this.halted) return;
    const prevOwner = this.owner;
    const prevContext = this.stackContext;
    this.owner = job.owner;
    this.stackContext = job.context;
    this.commitCpu();
    const start = this.loop.clock;
    const startSteps = this.rt.steps;
    this.rt.setBudget(this.stepsPerJob);
    const line0 = this.rt.currentLine();
    const events0 = this.trace.events.length;
    this.jobDepth++;
    try {
      job.run();
      for (let f = this.deferred.shift(); f; f = this.deferred.shift()) f();
    } catch (e) {
      this.jobFailed(e, job);
    } finally {
      this.jobDepth--;
      this.commitCpu();
      if (this.jobDepth === 0) this.releaseGil();
      if (this.rt.steps !== startSteps || this.loop.clock !== start || this.trace.events.length !== events0) {
        // `t` and `seq` in the literal (in the order stamping would add them): the
        // event gets all its fields at once, with no second allocation for the two.
        const run: Run = {
          kind: "run",
          end: this.loop.clock as VTime,
          owner: job.owner,
          label: job.label,
          line: line0 || null,
          t: start as VTime,
          seq: 0,
        };
        this.emit(run, start);
      }
      this.owner = prevOwner;
      this.stackContext = prevContext;
    }
  }

  private jobFailed(e: unknown, job: Job): void {
    if (e instanceof ExecutionHalted) {
      this.runaway(e);
      return;
    }
    if (isPyException(e)) {
      const left = this.handleInStackContext(e);
      if (left) this.onCallbackException?.(left, job);
      return;
    }
    throw e;
  }

  /** How an exception in a dropped Future is reported when it is collected (set by the runtime). */
  onUnretrieved: ((f: import("./futures/future").PyFuture) => void) | null = null;

  /** How an exception escaping a loop callback is reported (set by the ioloop module). */
  onCallbackException: ((e: PyException, job?: Job) => void) | null = null;

  runaway(e: ExecutionHalted): void {
    this.commitCpu();
    const line = e.line;
    this.emit({
      kind: "runaway",
      owner: this.owner,
      line,
      message: `stopped: the code at line ${line} ran for more than ${Math.round((this.stepsPerJob * this.usPerStep) / 1e5) / 10} s of virtual time without letting the IOLoop run (an endless loop?)`,
    });
    this.halted = true;
    this.loop.stopped = true;
  }

  /** How the loop sleeps until `to`: stopping at a client event due earlier. */
  private readonly sleepTo = (to: number): void => {
    const e = this.nextExternal();
    this.advance(e && e.time < to ? e.time : to);
  };

  /** When serving stops (µs), once that is known; the iteration that reaches it is the last. */
  servingStopAt: (() => number | null) | null = null;

  /** Run the loop until nothing is left to happen, serving stops, or `limitUs` is reached. */
  runLoop(limitUs: number): void {
    while (!this.halted && !this.loop.stopped) {
      const stopAt = this.servingStopAt?.() ?? null;
      if (stopAt !== null) {
        if (this.loop.clock >= stopAt) break;
        const next = this.loop.nextEventTime();
        if (!this.loop.hasReady && (next === undefined || next > stopAt)) break;
      }
      if (this.loop.idle) {
        // Clients may still have events to come (sends, timeouts).
        const e = this.nextExternal();
        if (!e || e.time > limitUs) break;
        this.advance(e.time);
        continue;
      }
      const next = this.loop.nextEventTime();
      if (next !== undefined && next > limitUs && !this.loop.hasReady) break;
      this.loop.iterate(this.sleepTo);
    }
    this.flushExternal(limitUs);
  }

  /** The request whose code runs now, if any. */
  currentRequest(): number | null {
    const o = this.owner;
    return o.type === "request" ? o.request : o.type === "task" ? o.request : null;
  }

  /** Log a record of the runtime's own (through the program's logging once it has imported it). */
  readonly log: LogRoute = (...record) => {
    if (this.logRoute) this.logRoute(...record);
    else this.emitLog(...record);
  };

  /** Record a log event (what the harness's root handler does with a record). `site` is Tornado's `module:line` for the console. */
  readonly emitLog: LogRoute = (level, logger, message, exc, tracebackText, site) => {
    this.emit({
      kind: "log",
      level,
      logger,
      message,
      exc: exc ? this.excInfo(exc, tracebackText) : null,
      module: site[0],
      lineno: site[1],
      request: this.currentRequest(),
      t: UNSTAMPED,
      seq: 0,
    });
  };

  logError(
    logger: string,
    message: string,
    exc: PyException | null,
    tb: string | null,
    site: readonly [string, number],
  ): void {
    this.log("ERROR", logger, message, exc, tb, site);
  }

  /** A Python warning (DeprecationWarning, RuntimeWarning...). */
  warn(category: string, message: string, filename: string, line: number, sourceLine: string | null): void {
    this.emit({ kind: "warning", category, message, filename, line, sourceLine, request: this.currentRequest() });
  }

  private readonly deferred: (() => void)[] = [];

  /**
   * Do `run` on another Python thread (a client reading its socket): it gets the GIL
   * when the loop's thread lets go of it, at the end of the current job or at a
   * blocking call, and at the latest one switch interval of CPU time from now.
   * `run` gets the virtual time it happens at.
   */
  onOtherThread(run: (t: number) => void): void {
    if (this.jobDepth === 0) run(this.now());
    else this.otherThreads.push({ due: this.now() + SWITCH_INTERVAL_US, run });
  }

  private releaseGil(): void {
    if (this.otherThreads.length === 0) return;
    const now = this.loop.clock;
    for (const w of this.otherThreads.splice(0)) w.run(Math.min(now, w.due));
  }

  /** Do `f` when the current job ends (what CPython does when an object is collected). */
  afterRequest(f: () => void): void {
    this.deferred.push(f);
  }

  /** A Python exception as the trace shows it. */
  excInfo(e: PyException, tracebackText: string | null): ExcInfo {
    return {
      type: e.$cls.name,
      message: this.rt.str(e),
      traceback: tracebackText ? tracebackText.replace(/\n$/, "").split("\n") : [],
    };
  }
}

type DistributiveOmitT<T> = T extends unknown ? Omit<T, "t"> : never;

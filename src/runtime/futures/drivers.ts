/**
 * What drives coroutines: Tornado's gen.coroutine Runner and asyncio's Task, plus
 * `IOLoop.add_future` and `convert_yielded`, each following the release's rules so
 * that a coroutine resumes in the same loop iteration real Tornado resumes it in.
 */
import { PyObject, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyList, PyTuple, PyDict } from "../../python/objects/containers";
import { PyException, isPyException, makeException } from "../../python/objects/exceptions";
import { PyGenerator, resume } from "../../python/interp/generators";
import { formatException } from "../../python";
import type { Owner, WaitTarget } from "../../trace";
import { UNSTAMPED, type World } from "../world";
import { PyFuture } from "./future";
import { warnStackContextDeprecated } from "../loop/stack-context";

/** `gen.moment` / `yield None`: resume after exactly one loop iteration. */
export const MOMENT = Symbol("moment");

// Wait targets are read-only trace data: every yield can share the empty lists.
const NONE: readonly never[] = Object.freeze([]);
const MOMENT_TARGET: WaitTarget = Object.freeze({
  description: "gen.moment",
  fetches: NONE,
  timers: NONE,
  futures: NONE,
});

export class Concurrency {
  /** The Future class Tornado hands out in this release. */
  futureType!: PyType;
  /** `tornado.concurrent.Future` where it is a base class of `futureType` (3.2's concurrent.futures.Future). */
  plainFutureType: PyType | null = null;
  /** tornado.gen.Return. */
  returnType!: PyType;
  /** tornado.gen.BadYieldError. */
  badYieldType!: PyType;
  /** Objects `yield` accepts beyond futures: gen.Task and friends (≤5.1). */
  yieldPoints: ((v: PyValue) => PyFuture | undefined)[] = [];

  constructor(readonly world: World) {}

  newFuture(label: string): PyFuture {
    const f = this.futureType.alloc(this.futureType) as PyFuture;
    f.label = label;
    return f;
  }

  /**
   * Starts a native coroutine as an asyncio Task (`asyncio.ensure_future`), where asyncio's
   * loop is Tornado's (5.0+): set up with the asyncio module's Task class, so that
   * `asyncio.current_task()` sees it while it runs. `label` names its Future in the chart.
   */
  taskStarter: ((coro: PyGenerator, label: string) => PyFuture) | null = null;
  private taskCount = 0;

  /** The next `Task-N` name: asyncio numbers every Task the process makes, Tornado's own included. */
  nextTaskName(): string {
    return `Task-${++this.taskCount}`;
  }

  // Labels are kept by the trace (a yield's wait target): one string per function
  // or list length, not a new one per call.
  private readonly callLabels = new Map<string, string>();
  private readonly listLabels: string[] = [];

  /** `f()`: what the chart calls the future of a call of `f`. */
  callLabel(qualname: string): string {
    let label = this.callLabels.get(qualname);
    if (label === undefined) this.callLabels.set(qualname, (label = `${qualname}()`));
    return label;
  }

  /** `[n futures]`: what the chart calls the future of a yield list. */
  private listLabel(n: number): string {
    return (this.listLabels[n] ??= `[${n} futures]`);
  }

  /** The traceback text of an exception, as logs show it. */
  tracebackOf(e: PyException): string {
    // Frames of the runtime's own machinery (Future.__await__, _execute) are not Python
    // source anyone can read; Tornado's would name tornado/*.py, ours name nothing.
    e.traceback = e.traceback.filter((t) => !t.file.startsWith("<"));
    return formatException(this.world.rt, e, this.world.scenario.source);
  }

  /** `IOLoop.add_future(fut, cb)`: the release's extra hop (≤5.1) or none (6.x). */
  addFuture(fut: PyFuture, cb: (f: PyFuture) => void, label: string, owner: Owner = this.world.owner): void {
    if (this.world.profile.addFutureHop) {
      // add_future wraps the callback in the stack_context entered now (≤5.1).
      const context = this.world.stackContext;
      fut.addDoneCallback((f) => this.world.callSoon(() => cb(f), label, owner, context), owner);
    } else fut.addDoneCallback(cb, owner, label);
  }

  /** Call a `@gen.coroutine` function: run it to its first yield, return its Future. */
  callCoroutine(fn: PyValue, args: PyValue[], kw: KwArgs | null, qualname: string): PyFuture {
    const fut = this.newFuture(this.callLabel(qualname));
    if (this.world.profile.features.stackContexts !== "coroutine") {
      this.startCoroutine(fn, args, kw, fut);
      return fut;
    }
    // 3.2: the body runs inside the coroutine's own ExceptionStackContext. An exception
    // escaping a callback scheduled from it is thrown into the generator where it waits,
    // or, if it cannot take it, becomes the coroutine's outcome. Finishing deactivates it.
    let runner: Runner | null = null;
    this.world.enterStackContext(
      (e) => {
        if (runner?.throwIn(e)) return true;
        if (fut.done()) return false;
        this.settleWithError(fut, e);
        return true;
      },
      (ctx) => {
        fut.addDoneCallback(() => (ctx.active = false));
        runner = this.startCoroutine(fn, args, kw, fut);
      },
    );
    return fut;
  }

  /** Run a coroutine function's body to its first yield, settling `fut` with its outcome. */
  private startCoroutine(fn: PyValue, args: PyValue[], kw: KwArgs | null, fut: PyFuture): Runner | null {
    let result: PyValue;
    try {
      result = this.world.rt.call(fn, args, kw);
    } catch (e) {
      this.settleWithError(fut, e);
      return null;
    }
    if (result instanceof PyGenerator && !result.isCoroutine) {
      const runner = new Runner(this, result, fut);
      runner.run();
      return runner;
    } else if (result instanceof PyGenerator && result.isCoroutine) {
      this.chain(this.convertYielded(result) as PyFuture, fut);
    } else if (result instanceof PyFuture) {
      this.chain(result, fut);
    } else fut.setResult(result);
    return null;
  }

  /** Finish `fut` from an exception thrown by a coroutine body (gen.Return is a result). */
  settleWithError(fut: PyFuture, e: unknown): void {
    if (!isPyException(e)) throw e;
    if (this.world.rt.isInstance(e, this.returnType)) {
      fut.setResult(e.args.items.length ? e.args.items[0] : None);
      return;
    }
    fut.setException(e, this.tracebackOf(e));
  }

  chain(from: PyFuture, to: PyFuture): void {
    from.addDoneCallback((f) => {
      if (to.done()) return;
      f.retrieved = true;
      if (f.exception) to.setException(f.exception, f.tracebackText);
      else to.setResult(f.result);
    });
  }

  /** Start a native coroutine as an asyncio Task; returns the Task (a Future). */
  startTask(coro: PyGenerator, label: string): PyFuture {
    // Only releases whose asyncio loop is Tornado's start Tasks (coroutineAsTask, execute "task").
    if (this.taskStarter === null) throw new Error(`no asyncio Task in Tornado ${this.world.profile.release}`);
    return this.taskStarter(coro, label);
  }

  /** What a coroutine may yield, as a future (or MOMENT); throws BadYieldError. */
  convertYielded(v: PyValue): PyFuture | typeof MOMENT {
    const rt = this.world.rt;
    const p = this.world.profile;
    if (v === this.momentObject && p.features.moment) return MOMENT;
    if (v instanceof PyFuture) return v.callbackLoop === null ? v : this.fromAsyncio(v);
    if (v === None || v === this.momentObject) {
      if (p.features.moment) return MOMENT;
    }
    if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) return this.multi(v);
    if (v instanceof PyGenerator && v.isCoroutine && p.features.convertYielded) {
      if (p.coroutineAsTask) return this.startTask(v, this.callLabel(v.qualname));
      // 4.x: _wrap_awaitable runs the coroutine inline through a Runner.
      v.awaited = true;
      const fut = this.newFuture(this.callLabel(v.qualname));
      new Runner(this, v, fut).run();
      return fut;
    }
    for (const yp of this.yieldPoints) {
      const f = yp(v);
      if (f) return f;
    }
    throw makeException(this.badYieldType, `yielded unknown object ${rt.repr(v)}`);
  }

  /** asyncio's Future where its loop is not Tornado's (≤4.5): 4.x chains a Tornado Future to
   * it through its done-callbacks (to_tornado_future), which only asyncio's loop runs; 3.2
   * does not know it. */
  private fromAsyncio(v: PyFuture): PyFuture {
    if (!this.world.profile.features.convertYielded) {
      throw makeException(this.badYieldType, `yielded unknown object ${this.world.rt.repr(v)}`);
    }
    const f = this.newFuture(v.label);
    this.chain(v, f);
    return f;
  }

  /** Whether `v` is a Future or one of gen's YieldPoints (gen.Task and friends). */
  private isFutureOrYieldPoint(v: PyValue): boolean {
    return v instanceof PyFuture || this.yieldPointTypes.some((t) => this.world.rt.isInstance(v, t));
  }

  /** Whether `v` is one of gen's YieldPoints (gen.Callback, gen.Wait). */
  isYieldPoint(v: PyValue): boolean {
    return this.yieldPointTypes.length > 0 && this.yieldPointTypes.some((t) => this.world.rt.isInstance(v, t));
  }

  /** The classes of gen's YieldPoints (set by the gen module, ≤5.1). */
  yieldPointTypes: PyType[] = [];

  /** The `gen.moment` object (set by the gen module). */
  momentObject: PyValue = undefined;

  /** `yield [f1, f2]` / `yield {k: f}`: all children, first error raised, the others logged
   * (except those `quiet` accepts: gen.multi's `quiet_exceptions`). */
  multi(v: PyList | PyTuple | PyDict, quiet?: (e: PyException) => boolean): PyFuture {
    const isDict = v instanceof PyDict;
    const keys = isDict ? [...v.table.map.values()].map((e) => e.key) : null;
    const items = isDict ? [...v.table.map.values()].map((e) => e.value) : v.items;
    // 3.2's Multi takes Futures and YieldPoints only: `assert all(isinstance(i, YieldPoint) ...)`.
    if (!this.world.profile.features.convertYielded && items.some((c) => !this.isFutureOrYieldPoint(c))) {
      throw makeException("AssertionError");
    }
    const children = items.map((c) => {
      const f = this.convertYielded(c);
      if (f === MOMENT) {
        const m = this.newFuture("gen.moment");
        m.setResult(None);
        return m;
      }
      return f;
    });
    const gathering = new Gathering(this.world, children, keys, this.newFuture(this.listLabel(children.length)), quiet);
    if (children.length === 0) gathering.finish();
    for (const c of children) c.addDoneCallback(() => gathering.childDone());
    return gathering.out;
  }

  /** For the chart: what a suspended coroutine waits on. */
  waitTarget(f: PyFuture | typeof MOMENT): WaitTarget {
    if (f === MOMENT) return MOMENT_TARGET;
    return {
      description: f.label,
      fetches: f.fetchId !== null ? [f.fetchId] : NONE,
      timers: f.timerId !== null ? [f.timerId] : NONE,
      futures: [f.id],
    };
  }
}

/** A yield list's or dict's children and the future they all finish. */
class Gathering {
  private remaining: number;

  constructor(
    private readonly world: World,
    private readonly children: readonly PyFuture[],
    /** The keys of a yielded dict, in order; null for a list. */
    private readonly keys: readonly PyValue[] | null,
    readonly out: PyFuture,
    private readonly quiet: ((e: PyException) => boolean) | undefined,
  ) {
    this.remaining = children.length;
  }

  childDone(): void {
    this.remaining--;
    if (this.remaining === 0) this.finish();
  }

  /** Every child is done: the first error, the others logged, or all the results. */
  finish(): void {
    const world = this.world;
    let firstError: PyException | null = null;
    const results: PyValue[] = [];
    for (const c of this.children) {
      c.retrieved = true;
      if (c.exception) {
        if (!firstError) firstError = c.exception;
        else if (world.profile.features.multi && !this.quiet?.(c.exception)) {
          world.logError("tornado.application", "Multiple exceptions in yield list", c.exception, c.tracebackText, [
            "gen",
            0,
          ]);
        }
      } else results.push(c.result);
    }
    if (firstError) this.out.setException(firstError);
    else if (this.keys !== null) {
      const rt = world.rt;
      const d = rt.newDict();
      this.keys.forEach((k, i) => rt.dictSet(d, k, results[i]));
      this.out.setResult(d);
    } else this.out.setResult(new PyList(results));
  }
}

/** Tornado's gen.Runner: drives a generator (or 4.x's native coroutine) through what it yields. */
export class Runner {
  private pending: PyFuture | typeof MOMENT | null = null;
  private suspended = false;
  /** The innermost coroutine of the last suspension: its frame is the line that waits. */
  private at: PyGenerator;
  private running = false;
  private finished = false;
  private readonly owner: Owner;
  /** Counts suspensions: a wake-up for a wait that an exception thrown in replaced is ignored. */
  private waits = 0;
  private yieldPointSeen = false;

  constructor(
    private readonly cc: Concurrency,
    private readonly gen: PyGenerator,
    private readonly result: PyFuture,
  ) {
    this.owner = cc.world.owner;
    this.at = gen;
  }

  run(): void {
    if (this.running || this.finished) return;
    const world = this.cc.world;
    this.running = true;
    try {
      for (;;) {
        let mode: "send" | "throw" = "send";
        let value: PyValue = None;
        const p = this.pending;
        this.pending = null;
        if (p instanceof PyFuture) {
          p.retrieved = true;
          if (p.exception) {
            mode = "throw";
            value = p.exception;
          } else value = p.result;
        }
        if (this.suspended) {
          this.suspended = false;
          world.emit({
            kind: "resume",
            owner: world.owner,
            fn: this.at.qualname,
            line: this.at.frame.line,
            t: UNSTAMPED,
            seq: 0,
          });
        }
        let r;
        try {
          r = resume(world.rt, this.gen, mode, value);
          this.at = world.rt.innermostYielder ?? this.gen;
        } catch (e) {
          this.finished = true;
          this.cc.settleWithError(this.result, e);
          return;
        }
        if (r.done) {
          this.finished = true;
          this.result.setResult(r.value);
          return;
        }
        if (!this.yieldPointSeen && this.cc.isYieldPoint(r.value)) {
          // 4.5/5.1's Runner enters an ExceptionStackContext at its first YieldPoint (5.1 warns).
          this.yieldPointSeen = true;
          if (world.profile.features.genTask === "deprecated") warnStackContextDeprecated(world, "enter");
        }
        let f: PyFuture | typeof MOMENT;
        try {
          f = this.cc.convertYielded(r.value);
        } catch (e) {
          if (!isPyException(e)) throw e;
          const failed = this.cc.newFuture("bad yield");
          failed.setException(e);
          this.pending = failed;
          continue;
        }
        if (f === MOMENT || !f.done()) {
          this.pending = f;
          this.suspend(f);
          return;
        }
        this.pending = f;
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * 3.2's Runner.handle_exception: an exception a stack_context caught is thrown into the
   * generator where it waits (what it waited on is forgotten). False when it is running or
   * done, so the exception goes elsewhere.
   */
  throwIn(e: PyException): boolean {
    if (this.running || this.finished || !this.suspended) return false;
    this.waits++;
    const failed = this.cc.newFuture("stack_context exception");
    failed.setException(e);
    this.pending = failed;
    this.run();
    return true;
  }

  private suspend(f: PyFuture | typeof MOMENT): void {
    const world = this.cc.world;
    this.suspended = true;
    world.emit({
      kind: "yield",
      owner: world.owner,
      fn: this.at.qualname,
      line: this.at.frame.line,
      style: this.at.isCoroutine ? "await" : "yield",
      waitsOn: this.cc.waitTarget(f),
      t: UNSTAMPED,
      seq: 0,
    });
    const wait = ++this.waits;
    const wake = () => {
      if (wait === this.waits) this.run();
    };
    if (f === MOMENT) world.callSoon(wake, this.gen.qualname, this.owner);
    else this.cc.addFuture(f, wake, this.gen.qualname, this.owner);
  }
}

export { PyObject };

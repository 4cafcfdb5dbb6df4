/**
 * Futures as each release has them: concurrent.futures' (3.2) and Tornado's own (4.x)
 * run their done-callbacks inside set_result; asyncio's (5.x+) schedule them with
 * call_soon. This one difference produces most of the releases' hop counts.
 */
import { PyObject, PyType, None, objectType, type PyValue } from "../../python/objects/core";
import { PyException, isPyException, makeException } from "../../python/objects/exceptions";
import { Frame } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { methods } from "../../python/builtins/registry";
import type { World } from "../world";
import type { Job } from "../loop/loop";
import type { Owner } from "../../trace";
import { formatException } from "../../python";
import { concurrentRepr, futureStyle, reportCallbackError, type FutureStyle } from "./future-style";

type DoneCallback = (f: PyFuture) => void;

/**
 * Where a Future's done-callbacks go instead of the release's rule: asyncio's own
 * event loop where that is not the loop Tornado serves on (≤4.5), so they run only
 * while module code runs that loop.
 */
export interface CallbackLoop {
  callSoon(job: Job): void;
}

/** A done-callback as registered; under call_soon it is itself the loop's job. */
class Waiter implements Job {
  constructor(
    readonly fut: PyFuture,
    readonly cb: DoneCallback,
    /** Who registered it: the job that runs it belongs to them. */
    readonly owner: Owner,
    /** What the chart calls the job that runs it. */
    readonly label: string,
  ) {}

  /** asyncio's call_soon carries no stack_context: IOLoop.add_future wraps its own callback. */
  readonly context = null;

  run(): void {
    this.cb(this.fut);
  }
}

export class PyFuture extends PyObject {
  state: "pending" | "done" | "cancelled" = "pending";
  result: PyValue = None;
  exception: PyException | null = null;
  // The callbacks in registration order: most futures get one, so the first is kept
  // apart and the array made only for a second.
  private firstWaiter: Waiter | null = null;
  private moreWaiters: Waiter[] | null = null;
  /** Someone looked at the outcome (result(), exception(), a waiting coroutine). */
  retrieved = false;
  /** Dropped by the code that made it (a coroutine called without yield/await). */
  orphan = false;
  readonly id: number;
  /** For the chart: what this future stands for, e.g. `fetch http://a.example/`. */
  label = "future";
  fetchId: number | null = null;
  timerId: number | null = null;
  /** The traceback text of the exception, kept for "never retrieved" logs. */
  tracebackText: string | null = null;
  /** Set on asyncio's Futures where asyncio's loop is not Tornado's (≤4.5): their callbacks go there. */
  callbackLoop: CallbackLoop | null = null;

  constructor(
    readonly world: World,
    cls: PyType,
  ) {
    super(cls);
    this.id = world.newId("future");
  }

  done(): boolean {
    return this.state !== "pending";
  }

  /** Register a JS-level done callback with the release's scheduling rule. */
  addDoneCallback(cb: DoneCallback, owner: Owner = this.world.owner, label = "future callback"): void {
    const w = new Waiter(this, cb, owner, label);
    if (this.done()) this.schedule(w);
    else if (this.firstWaiter === null) this.firstWaiter = w;
    else (this.moreWaiters ??= []).push(w);
  }

  private schedule(w: Waiter): void {
    if (this.callbackLoop !== null) this.callbackLoop.callSoon(w);
    else if (this.world.profile.futureCallbacks === "sync") w.cb(this);
    else this.world.loop.callSoon(w);
  }

  setResult(v: PyValue): void {
    if (this.done()) throw this.world.rt.error("RuntimeError", "invalid state");
    this.state = "done";
    this.result = v;
    this.fire();
  }

  setException(e: PyException, tracebackText: string | null = null): void {
    if (this.done()) throw this.world.rt.error("RuntimeError", "invalid state");
    this.state = "done";
    this.exception = e;
    this.tracebackText = tracebackText;
    const watched = this.hasWaiters;
    this.fire();
    if (!this.orphan) return;
    if (!watched) this.world.onUnretrieved?.(this);
    // Callbacks that run later (call_soon) may still look at the exception: the Future is
    // collected, and reported if none did, once they have run.
    else if (this.world.profile.futureCallbacks === "call_soon" || this.callbackLoop !== null)
      this.world.callSoon(() => this.world.onUnretrieved?.(this), "future collected");
    else this.world.onUnretrieved?.(this);
  }

  cancel(): boolean {
    if (this.done()) return false;
    this.state = "cancelled";
    this.exception = makeException(this.world.cancelledError);
    this.fire();
    return true;
  }

  private fire(): void {
    const first = this.firstWaiter;
    const more = this.moreWaiters;
    this.firstWaiter = null;
    this.moreWaiters = null;
    if (first !== null) this.schedule(first);
    if (more !== null) for (const w of more) this.schedule(w);
  }

  /** The result, or throw the exception (marks the outcome as retrieved). */
  /** Tornado 4's Future taking a second outcome: its fields are simply overwritten. */
  replaceOutcome(result: PyValue, exception: PyException | null): void {
    this.result = result;
    this.exception = exception;
  }

  get(): PyValue {
    this.retrieved = true;
    if (this.state === "pending") throw this.world.rt.error("RuntimeError", "Result is not set.");
    if (this.exception) throw this.exception;
    return this.result;
  }

  get hasWaiters(): boolean {
    return this.firstWaiter !== null;
  }
}

/** The iterator behind `await fut` / `yield from fut`: yields the future once, then returns its result. */
export function awaitFuture(world: World, fut: PyFuture): PyGenerator {
  void world;
  return new PyGenerator(awaitBody(fut), new Frame("__await__", "<native>", 0), "Future.__await__", false);
}

// At module level: a generator function declared inside awaitFuture would be a new
// closure (and, where names are kept, a defineProperty) on every await.
function* awaitBody(fut: PyFuture): Generator<PyValue, PyValue, PyValue> {
  if (!fut.done()) yield fut;
  return fut.get();
}

/**
 * Build the Python class of the release's Future (`tornado.concurrent.Future`, `asyncio.Future`...).
 * `callbackLoop` makes it asyncio's Future on a loop of its own (≤4.5): its instances send
 * their callbacks there, and show themselves as asyncio's do.
 */
export function makeFutureType(
  world: World,
  name: string,
  module: string,
  callbackLoop?: CallbackLoop,
  bases: PyType[] = [objectType],
): PyType {
  const style = futureStyle(world, module, callbackLoop !== undefined);
  const t = new PyType(name, bases, {
    builtin: false,
    module,
    alloc: (cls) => {
      const f = new PyFuture(world, cls);
      if (callbackLoop) f.callbackLoop = callbackLoop;
      return f;
    },
  });
  const rt = world.rt;
  const self = (v: PyValue) => v as PyFuture;
  methods(t, {
    done: (_rt, f) => self(f).done(),
    cancelled: (_rt, f) => self(f).state === "cancelled",
    running: (_rt, f) => !self(f).done(),
    // Tornado 4's own Future does not support cancellation: cancel() is always False.
    cancel: (_rt, f) => style !== "tornado" && self(f).cancel(),
    result: (_rt, f) => {
      const fut = self(f);
      if (!fut.done()) throw notDone(world, style, "Result");
      return fut.get();
    },
    exception: (_rt, f) => {
      const fut = self(f);
      fut.retrieved = true;
      if (!fut.done()) throw notDone(world, style, "Exception");
      return fut.exception ?? None;
    },
    set_result: (_rt, f, [v]) => {
      const fut = self(f);
      if (fut.done()) throw refuseSecondSet(world, style, fut, () => v !== None && fut.replaceOutcome(v, null));
      fut.setResult(v);
      return None;
    },
    set_exception: (_rt, f, [e]) => {
      let exc = e;
      if (exc instanceof PyType) exc = rt.call(exc, []);
      if (!isPyException(exc)) throw rt.error("TypeError", "invalid exception object");
      const fut = self(f);
      if (fut.done())
        throw refuseSecondSet(world, style, fut, () => fut.result === None && fut.replaceOutcome(None, exc));
      fut.setException(exc);
      return None;
    },
    add_done_callback: (_rt, f, [fn]) => {
      self(f).addDoneCallback((fut) => {
        try {
          rt.call(fn!, [fut]);
        } catch (e) {
          // The Future's library logs it and runs the other callbacks.
          if (!isPyException(e)) throw e;
          reportCallbackError(world, style, fut, fn!, e, formatException(rt, e, world.scenario.source));
        }
      });
      return None;
    },
    __await__: (_rt, f) => awaitFuture(world, self(f)),
    __iter__: (_rt, f) => awaitFuture(world, self(f)),
    __repr__: (_rt, f) => futureRepr(world, self(f), name, module, style),
  });
  return t;
}

/**
 * What asking a pending Future for its outcome raises: asyncio's InvalidStateError,
 * Tornado 4's refusal to block. (concurrent.futures' would block the thread; a
 * RuntimeError stands for that deadlock.)
 */
function notDone(world: World, style: FutureStyle, what: "Result" | "Exception"): PyException {
  const rt = world.rt;
  if (style === "asyncio") return rt.call(world.invalidStateErrors.asyncio, [`${what} is not set.`]) as PyException;
  if (style === "tornado") return rt.error("Exception", "DummyFuture does not support blocking for results");
  return rt.error("RuntimeError", `${what} is not set.`);
}

/**
 * What setting a done Future's outcome again raises: asyncio's and concurrent.futures'
 * Futures refuse (InvalidStateError, with their own messages); Tornado 4's own Future
 * stores the new value (what result() returns then follows its rule: a result that is
 * not None wins) and fails in its done step, whose callback list is gone.
 */
function refuseSecondSet(world: World, style: FutureStyle, fut: PyFuture, overwrite: () => void): PyException {
  const rt = world.rt;
  if (style === "tornado") {
    overwrite();
    return rt.error("TypeError", "'NoneType' object is not iterable");
  }
  if (style === "asyncio") return rt.call(world.invalidStateErrors.asyncio, ["invalid state"]) as PyException;
  const state = fut.state === "cancelled" ? "CANCELLED" : "FINISHED";
  return rt.call(world.invalidStateErrors.concurrent, [`${state}: ${concurrentRepr(world, fut)}`]) as PyException;
}

function futureRepr(world: World, f: PyFuture, name: string, module: string, style: FutureStyle): string {
  if (style === "concurrent") return concurrentRepr(world, f);
  if (style === "tornado") return `<${module}.${name} object at ${world.rt.addressOf(f)}>`;
  if (f.state === "pending") return "<Future pending>";
  if (f.state === "cancelled") return "<Future cancelled>";
  if (f.exception) return `<Future finished exception=${world.rt.repr(f.exception)}>`;
  return `<Future finished result=${world.rt.repr(f.result)}>`;
}

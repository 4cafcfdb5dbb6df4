/**
 * asyncio.Task with cancellation, as CPython 3.11 steps it: the coroutine starts on
 * the next loop iteration, wakes one iteration after what it awaits is done, and
 * `cancel()` cancels what it waits on (or throws CancelledError into it at its next
 * step), so `try/except CancelledError` and `finally` in the coroutine run.
 */
import { PyType, None, type PyValue } from "../../python/objects/core";
import { PyException, isPyException, makeException } from "../../python/objects/exceptions";
import { PyGenerator, resume } from "../../python/interp/generators";
import { methods } from "../../python/builtins/registry";
import { PyFuture, type CallbackLoop } from "../futures/future";
import type { Concurrency } from "../futures/drivers";
import type { Owner } from "../../trace";
import type { Interpreter } from "../../python";

/** A Task: a Future driven by its coroutine. */
export class TaskFuture extends PyFuture {
  task: Task | null = null;
}

/** Cancel a Future or a Task as `fut.cancel()` does; false if it is already done. */
export function cancelFuture(f: PyFuture): boolean {
  if (f instanceof TaskFuture && f.task) return f.task.cancel();
  return f.cancel();
}

export class Task {
  private waiter: PyFuture | null = null;
  private mustCancel = false;
  private suspended = false;
  /** The innermost coroutine of the last suspension: its frame is the line that waits. */
  private at: PyGenerator;
  private readonly owner: Owner;

  constructor(
    private readonly cc: Concurrency,
    /** asyncio's event loop, which steps the Task. */
    private readonly loop: CallbackLoop,
    readonly coro: PyGenerator,
    readonly future: TaskFuture,
    readonly name: string,
  ) {
    this.owner = cc.world.owner;
    this.at = coro;
    future.task = this;
    coro.awaited = true;
  }

  start(): void {
    this.later(null);
  }

  /** The next step, on asyncio's loop: with `exc` thrown in, or sending None. */
  private later(exc: PyException | null): void {
    this.loop.callSoon(this.cc.world.job(() => this.step(exc), this.coro.qualname, this.owner));
  }

  cancel(): boolean {
    const fut = this.future;
    fut.retrieved = true;
    if (fut.done()) return false;
    if (this.waiter && cancelFuture(this.waiter)) return true;
    this.mustCancel = true;
    return true;
  }

  private step(exc: PyException | null): void {
    const world = this.cc.world;
    const fut = this.future;
    if (fut.done()) return;
    if (this.mustCancel) {
      exc = makeException(world.cancelledError);
      this.mustCancel = false;
    }
    this.waiter = null;
    if (this.suspended) {
      this.suspended = false;
      world.emit({ kind: "resume", owner: world.owner, fn: this.at.qualname, line: this.at.frame.line });
    }
    let r;
    try {
      r = exc ? resume(world.rt, this.coro, "throw", exc) : resume(world.rt, this.coro, "send", None);
      this.at = world.rt.innermostYielder ?? this.coro;
    } catch (e) {
      if (isPyException(e) && world.rt.isInstance(e, world.cancelledError)) {
        fut.retrieved = true;
        fut.cancel();
      } else this.cc.settleWithError(fut, e);
      return;
    }
    if (r.done) {
      if (this.mustCancel) {
        fut.retrieved = true;
        fut.cancel();
      } else fut.setResult(r.value);
      return;
    }
    const y = r.value;
    if (y instanceof PyFuture) {
      if (y === fut) {
        const err = makeException("RuntimeError", `Task cannot await on itself: ${world.rt.repr(fut)}`);
        this.later(err);
        return;
      }
      if (world.profile.asyncioLoop === "separate" && y.callbackLoop === null) {
        // A Tornado Future (≤4.5) is not asyncio's: its __await__ yields it, and the Task refuses it.
        this.later(makeException("RuntimeError", `Task got bad yield: ${world.rt.repr(y)}`));
        return;
      }
      this.waiter = y;
      this.suspended = true;
      world.emit({
        kind: "yield",
        owner: world.owner,
        fn: this.at.qualname,
        line: this.at.frame.line,
        style: "await",
        waitsOn: this.cc.waitTarget(y),
      });
      y.addDoneCallback((f) => {
        f.retrieved = true;
        this.step(f.exception);
      }, this.owner);
      if (this.mustCancel && cancelFuture(y)) this.mustCancel = false;
      return;
    }
    if (y === None) {
      // A bare yield (asyncio.sleep(0)): run again on the next iteration.
      this.later(null);
      return;
    }
    this.later(makeException("RuntimeError", `Task got bad yield: ${world.rt.repr(y)}`));
  }
}

/** CPython 3.11's Task repr: `<Task finished name='Task-4' coro=<job() done, defined at app.py:7> exception=KeyError('x')>`. */
export function taskRepr(rt: Interpreter, f: PyFuture, name: string, coro: PyGenerator): string {
  const state = f.state === "pending" ? "pending" : f.state === "cancelled" ? "cancelled" : "finished";
  const file = coro.frame.file;
  const where = f.done()
    ? `done, defined at ${file}:${coro.frame.code?.line ?? coro.frame.line}`
    : `running at ${file}:${coro.frame.line}`;
  const outcome =
    f.state === "done" ? (f.exception ? ` exception=${rt.repr(f.exception)}` : ` result=${rt.repr(f.result)}`) : "";
  return `<Task ${state} name='${name}' coro=<${coro.qualname}() ${where}>${outcome}>`;
}

/** The `Task` class (a subclass of the release's Future) and how to start one. */
/** `futureType` is asyncio's Future class; `loop` is asyncio's event loop (a separate one sets the Tasks' callbackLoop). */
export function makeTaskType(
  cc: Concurrency,
  futureType: PyType,
  loop: CallbackLoop,
  separate: boolean,
): {
  type: PyType;
  create: (coro: PyGenerator, name?: string) => TaskFuture;
} {
  const world = cc.world;
  const rt = world.rt;
  const type = new PyType("Task", [futureType], {
    builtin: false,
    module: "asyncio",
    alloc: (cls) => {
      const f = new TaskFuture(world, cls);
      if (separate) f.callbackLoop = loop;
      return f;
    },
  });
  const T = (v: PyValue) => v as TaskFuture;
  methods(type, {
    cancel: (_rt, self) => cancelFuture(T(self)),
    get_name: (_rt, self) => T(self).task?.name ?? "Task",
    get_coro: (_rt, self) => T(self).task?.coro ?? None,
    __repr__: (_rt, self) => {
      const f = T(self);
      return f.task ? taskRepr(rt, f, f.task.name, f.task.coro) : "<Task>";
    },
  });
  const create = (coro: PyGenerator, name?: string): TaskFuture => {
    const fut = type.alloc(type) as TaskFuture;
    fut.label = `${coro.qualname}()`;
    new Task(cc, loop, coro, fut, name ?? cc.nextTaskName()).start();
    return fut;
  };
  return { type, create };
}

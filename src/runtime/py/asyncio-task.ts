/**
 * asyncio.Task with cancellation, as CPython 3.11 steps it: the coroutine starts on
 * the next loop iteration, wakes one iteration after what it awaits is done, and
 * `cancel(msg)` cancels what it waits on (or throws CancelledError into it at its next
 * step), so `try/except CancelledError` and `finally` in the coroutine run. Tasks count
 * their cancellation requests (`cancelling()`/`uncancel()`, which asyncio.timeout and
 * TaskGroup rely on), and the registry knows the current task and the live ones.
 */
import { PyType, None, type PyValue } from "../../python/objects/core";
import { PyException, excType, isPyException, makeException } from "../../python/objects/exceptions";
import { PyGenerator, resume } from "../../python/interp/generators";
import { methods, parseArgs } from "../../python/builtins/registry";
import { PyFuture, type CallbackLoop } from "../futures/future";
import type { Concurrency } from "../futures/drivers";
import type { Owner } from "../../trace";
import type { Interpreter } from "../../python";
import type { World } from "../world";

/** An asyncio Future whose cancel() is not Future.cancel (a Task's, gather()'s). */
export class TaskFuture extends PyFuture {
  task: Task | null = null;
  /** gather()'s outer Future: cancelling it cancels its children instead. */
  cancelOverride: ((msg: PyValue) => boolean) | null = null;
  /** The message it was cancelled with (Future._cancel_message). */
  cancelMessage: PyValue | null = null;
}

/** The CancelledError a cancellation with `msg` raises (CancelledError() for None). */
export function cancelledError(world: World, msg: PyValue): PyException {
  return msg === None || msg === undefined
    ? makeException(world.cancelledError)
    : makeException(world.cancelledError, msg);
}

/** Cancel a Future or a Task as `fut.cancel(msg)` does; false if it is already done. */
export function cancelFuture(f: PyFuture, msg: PyValue = None): boolean {
  if (f instanceof TaskFuture) {
    if (f.task) return f.task.cancel(msg);
    if (f.cancelOverride) return f.cancelOverride(msg);
  }
  return futureCancel(f, msg);
}

/** Future.cancel(msg): the Future's own cancellation, whatever its kind. */
export function futureCancel(f: PyFuture, msg: PyValue = None): boolean {
  if (!f.cancel()) return false;
  // Callbacks run later (call_soon), so they see the message's exception.
  if (msg !== None) {
    f.exception = cancelledError(f.world, msg);
    if (f instanceof TaskFuture) f.cancelMessage = msg;
  }
  return true;
}

/** The message a Future was cancelled with (Future._cancel_message), if any. */
export function cancelMessage(f: PyFuture): PyValue | undefined {
  return f instanceof TaskFuture ? (f.cancelMessage ?? undefined) : undefined;
}

/** What the asyncio module knows of its Tasks: the one running now and those not done. */
export class TaskRegistry {
  current: TaskFuture | null = null;
  /** In creation order (CPython's is a WeakSet: its order is the objects' addresses). */
  private readonly tasks = new Set<TaskFuture>();

  add(t: TaskFuture): void {
    this.tasks.add(t);
  }

  /** A Task is done: forget it (a served request's Task must not outlive it). */
  remove(t: TaskFuture): void {
    this.tasks.delete(t);
  }

  /** The Tasks not done yet, oldest first. */
  live(): TaskFuture[] {
    for (const t of this.tasks) if (t.done()) this.tasks.delete(t);
    return [...this.tasks];
  }
}

export class Task {
  private waiter: PyFuture | null = null;
  private mustCancel = false;
  private cancelMessage: PyValue = None;
  /** How many cancel() calls are not yet matched by uncancel(). */
  cancelRequests = 0;
  private suspended = false;
  /** The innermost coroutine of the last suspension: its frame is the line that waits. */
  private at: PyGenerator;
  private readonly owner: Owner;

  constructor(
    private readonly cc: Concurrency,
    /** asyncio's event loop, which steps the Task. */
    private readonly loop: CallbackLoop,
    private readonly registry: TaskRegistry,
    readonly coro: PyGenerator,
    readonly future: TaskFuture,
    public name: string,
  ) {
    this.owner = cc.world.owner;
    this.at = coro;
    future.task = this;
    coro.awaited = true;
    registry.add(future);
  }

  start(): void {
    this.later(null);
  }

  /** The next step, on asyncio's loop: with `exc` thrown in, or sending None. */
  private later(exc: PyException | null): void {
    this.loop.callSoon(this.cc.world.job(() => this.step(exc), this.coro.qualname, this.owner));
  }

  cancel(msg: PyValue = None): boolean {
    const fut = this.future;
    fut.retrieved = true;
    if (fut.done()) return false;
    this.cancelRequests++;
    if (this.waiter && cancelFuture(this.waiter, msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.cancelRequests > 0) this.cancelRequests--;
    return this.cancelRequests;
  }

  /** The Future the Task waits on now, if any. */
  get waitingOn(): PyFuture | null {
    return this.waiter;
  }

  private step(exc: PyException | null): void {
    try {
      this.stepOnce(exc);
    } finally {
      if (this.future.done()) this.registry.remove(this.future);
    }
  }

  private stepOnce(exc: PyException | null): void {
    const world = this.cc.world;
    const rt = world.rt;
    const fut = this.future;
    if (fut.done()) return;
    if (this.mustCancel) {
      if (!(exc && rt.isInstance(exc, world.cancelledError))) exc = cancelledError(world, this.cancelMessage);
      this.mustCancel = false;
    }
    this.waiter = null;
    if (this.suspended) {
      this.suspended = false;
      world.emit({ kind: "resume", owner: world.owner, fn: this.at.qualname, line: this.at.frame.line });
    }
    let r;
    const outer = this.registry.current;
    this.registry.current = fut;
    try {
      r = exc ? resume(rt, this.coro, "throw", exc) : resume(rt, this.coro, "send", None);
      this.at = rt.innermostYielder ?? this.coro;
    } catch (e) {
      if (isPyException(e) && rt.isInstance(e, world.cancelledError)) {
        fut.retrieved = true;
        fut.cancel();
        // Awaiting the Task raises the very CancelledError that ended it.
        fut.exception = e;
      } else if (
        isPyException(e) &&
        (rt.isInstance(e, excType("SystemExit")) || rt.isInstance(e, excType("KeyboardInterrupt")))
      ) {
        fut.setException(e);
        throw e;
      } else this.cc.settleWithError(fut, e);
      return;
    } finally {
      this.registry.current = outer;
    }
    if (r.done) {
      if (this.mustCancel) {
        this.mustCancel = false;
        fut.retrieved = true;
        futureCancel(fut, this.cancelMessage);
      } else fut.setResult(r.value);
      return;
    }
    const y = r.value;
    if (y instanceof PyFuture) {
      if (y === fut) {
        const err = makeException("RuntimeError", `Task cannot await on itself: ${rt.repr(fut)}`);
        this.later(err);
        return;
      }
      if (world.profile.asyncioLoop === "separate" && y.callbackLoop === null) {
        // A Tornado Future (≤4.5) is not asyncio's: its __await__ yields it, and the Task refuses it.
        this.later(makeException("RuntimeError", `Task got bad yield: ${rt.repr(y)}`));
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
      y.addDoneCallback(
        (f) => {
          f.retrieved = true;
          this.step(f.exception);
        },
        this.owner,
        this.coro.qualname,
      );
      if (this.mustCancel && cancelFuture(y, this.cancelMessage)) this.mustCancel = false;
      return;
    }
    if (y === None) {
      // A bare yield (asyncio.sleep(0)): run again on the next iteration.
      this.later(null);
      return;
    }
    this.later(makeException("RuntimeError", `Task got bad yield: ${rt.repr(y)}`));
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

/** asyncio's Task class and how to start a Task: `label` names its Future in the chart (`coro()` by default). */
export interface TaskKit {
  readonly type: PyType;
  readonly create: (coro: PyGenerator, name?: string, label?: string) => TaskFuture;
}

/**
 * The `Task` class (a subclass of the release's Future) and how to start one.
 * `futureType` is asyncio's Future class; `loop` is asyncio's event loop (a separate one
 * sets the Tasks' callbackLoop).
 */
export function makeTaskType(
  cc: Concurrency,
  futureType: PyType,
  loop: CallbackLoop,
  separate: boolean,
  registry: TaskRegistry,
): TaskKit {
  const world = cc.world;
  const rt = world.rt;
  const type = new PyType("Task", [futureType], {
    builtin: false,
    module: "_asyncio",
    alloc: (cls) => {
      const f = new TaskFuture(world, cls);
      if (separate) f.callbackLoop = loop;
      return f;
    },
  });
  const T = (v: PyValue) => v as TaskFuture;
  methods(type, {
    cancel: (_rt, self, args, kw) => {
      const [msg] = parseArgs(rt, "cancel", args, kw, ["msg"], 0);
      return cancelFuture(T(self), msg ?? None);
    },
    cancelling: (_rt, self) => T(self).task?.cancelRequests ?? 0,
    uncancel: (_rt, self) => T(self).task?.uncancel() ?? 0,
    get_name: (_rt, self) => T(self).task?.name ?? "Task",
    set_name: (_rt, self, [v]) => {
      const t = T(self).task;
      if (t) t.name = rt.str(v!);
      return None;
    },
    get_coro: (_rt, self) => T(self).task?.coro ?? None,
    // A Task's outcome is its coroutine's: asyncio refuses to have it set from outside.
    set_result: () => {
      throw rt.error("RuntimeError", "Task does not support set_result operation");
    },
    set_exception: () => {
      throw rt.error("RuntimeError", "Task does not support set_exception operation");
    },
    __repr__: (_rt, self) => {
      const f = T(self);
      return f.task ? taskRepr(rt, f, f.task.name, f.task.coro) : "<Task>";
    },
  });
  const create = (coro: PyGenerator, name?: string, label?: string): TaskFuture => {
    const fut = type.alloc(type) as TaskFuture;
    fut.label = label ?? `${coro.qualname}()`;
    new Task(cc, loop, registry, coro, fut, name ?? cc.nextTaskName()).start();
    return fut;
  };
  return { type, create };
}

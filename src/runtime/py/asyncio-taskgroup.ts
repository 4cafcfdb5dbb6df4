/**
 * asyncio.TaskGroup (CPython 3.11): `async with` waits for every task it made; the
 * first task to fail cancels the others and the parent Task, and leaving the block
 * raises an ExceptionGroup of the failures ('unhandled errors in a TaskGroup').
 * SystemExit/KeyboardInterrupt are raised as they are; a cancellation of the parent
 * from outside propagates as CancelledError.
 */
import { PyInstance, None, type PyValue } from "../../python/objects/core";
import { PyException, isPyException, excType } from "../../python/objects/exceptions";
import { methods, parseArgs } from "../../python/builtins/registry";
import { PyGenerator } from "../../python/interp/generators";
import { PyFuture } from "../futures/future";
import { runtimeClass, type TornadoContext } from "../tornado/context";
import { nativeCoroutine, immediateCoroutine, awaitFuture, type NativeBody } from "./native";
import type { TaskFuture, TaskRegistry } from "./asyncio-task";

class TaskGroupObj extends PyInstance {
  entered = false;
  exiting = false;
  aborting = false;
  parent: TaskFuture | null = null;
  parentCancelRequested = false;
  /** In creation order (CPython's is a set: its order is the tasks' addresses). */
  tasks = new Set<TaskFuture>();
  errors: PyException[] = [];
  baseError: PyException | null = null;
  onCompleted: PyFuture | null = null;
}

export interface TaskGroupEnv {
  readonly ctx: TornadoContext;
  readonly registry: TaskRegistry;
  readonly createTask: (coro: PyGenerator, name?: string) => TaskFuture;
  readonly createFuture: (label: string) => PyFuture;
  /** Raise as get_running_loop() does without a running loop. */
  readonly needRunningLoop: () => void;
}

export function makeTaskGroupType(env: TaskGroupEnv): PyValue {
  const world = env.ctx.world;
  const rt = world.rt;
  const type = runtimeClass("TaskGroup", "asyncio.taskgroups", undefined, (cls) => new TaskGroupObj(cls));
  const G = (v: PyValue) => v as TaskGroupObj;
  const isBaseError = (e: PyValue) =>
    rt.isInstance(e, excType("SystemExit")) || rt.isInstance(e, excType("KeyboardInterrupt"));
  const repr = (g: TaskGroupObj) => {
    let info = "";
    if (g.tasks.size) info += ` tasks=${g.tasks.size}`;
    if (g.errors.length) info += ` errors=${g.errors.length}`;
    if (g.aborting) info += " cancelling";
    else if (g.entered) info += " entered";
    return `<TaskGroup${info}>`;
  };
  const abort = (g: TaskGroupObj) => {
    g.aborting = true;
    for (const t of g.tasks) if (!t.done()) t.task?.cancel();
  };
  const onTaskDone = (g: TaskGroupObj, t: TaskFuture) => {
    g.tasks.delete(t);
    if (g.onCompleted !== null && !g.tasks.size && !g.onCompleted.done()) g.onCompleted.setResult(true);
    if (t.state === "cancelled") return;
    t.retrieved = true;
    const exc = t.exception;
    if (exc === null) return;
    g.errors.push(exc);
    if (isBaseError(exc) && g.baseError === null) g.baseError = exc;
    const parent = g.parent!;
    if (parent.done()) return;
    if (!g.aborting && !g.parentCancelRequested) {
      abort(g);
      g.parentCancelRequested = true;
      parent.task?.cancel();
    }
  };

  methods(type, {
    __repr__: (_rt, self) => repr(G(self)),
    __aenter__: (_rt, self) =>
      immediateCoroutine("TaskGroup.__aenter__", () => {
        const g = G(self);
        if (g.entered) throw rt.error("RuntimeError", `TaskGroup ${repr(g)} has been already entered`);
        g.entered = true;
        env.needRunningLoop();
        g.parent = env.registry.current;
        if (g.parent === null) throw rt.error("RuntimeError", `TaskGroup ${repr(g)} cannot determine the parent task`);
        return g;
      }),
    __aexit__: (_rt, self, [et, exc]) =>
      nativeCoroutine(
        "TaskGroup.__aexit__",
        (function* (): NativeBody {
          const g = G(self);
          g.exiting = true;
          if (exc instanceof PyException && isBaseError(exc) && g.baseError === null) g.baseError = exc;
          let propagate: PyException | null = et === world.cancelledError ? (exc as PyException) : null;
          if (g.parentCancelRequested && (g.parent!.task?.uncancel() ?? 0) === 0) propagate = null;
          if (et !== None && et !== undefined && !g.aborting) abort(g);
          while (g.tasks.size) {
            g.onCompleted ??= env.createFuture("TaskGroup");
            try {
              yield* awaitFuture(g.onCompleted);
            } catch (e) {
              if (!(isPyException(e) && rt.isInstance(e, world.cancelledError))) throw e;
              if (!g.aborting) {
                propagate = e;
                abort(g);
              }
            }
            g.onCompleted = null;
          }
          if (g.baseError !== null) throw g.baseError;
          if (propagate !== null && !g.errors.length) throw propagate;
          if (et !== None && et !== undefined && et !== world.cancelledError) g.errors.push(exc as PyException);
          if (g.errors.length) {
            const errors = g.errors;
            g.errors = [];
            const me = rt.call(excType("BaseExceptionGroup"), [
              "unhandled errors in a TaskGroup",
              rt.list([...errors]),
            ]) as PyException;
            me.cause = null;
            me.suppressContext = true;
            throw me;
          }
          return None;
        })(),
      ),
    create_task: (_rt, self, args, kw) => {
      const [coro, name] = parseArgs(rt, "create_task", args, kw, ["coro"], 1, { kwOnly: ["name", "context"] });
      const g = G(self);
      const refuse = (why: string) => {
        if (coro instanceof PyGenerator) coro.awaited = true;
        throw rt.error("RuntimeError", `TaskGroup ${repr(g)} ${why}`);
      };
      if (!g.entered) refuse("has not been entered");
      if (g.exiting && !g.tasks.size) refuse("is finished");
      if (g.aborting) refuse("is shutting down");
      if (!(coro instanceof PyGenerator && coro.isCoroutine))
        throw rt.error("TypeError", `a coroutine was expected, got ${rt.repr(coro!)}`);
      const t = env.createTask(coro, name === undefined || name === None ? undefined : rt.str(name));
      t.addDoneCallback(() => onTaskDone(g, t));
      g.tasks.add(t);
      return t;
    },
  });
  return type;
}

/**
 * RequestHandler._execute as each release runs it (TORNADO_SEMANTICS §1): 3.2's
 * plain method with _when_complete, 4.5/5.1's gen.coroutine, 6.x's async def Task.
 * Running the same steps through the same drivers gives the same loop iterations.
 */
import { None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyDict, PyList } from "../../python/objects/containers";
import { unwrapFunction } from "./unwrap";
import { PyException, isPyException, makeException } from "../../python/objects/exceptions";
import { Frame } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { awaitable } from "../../python/interp/delegate";
import { Runner } from "../futures/drivers";
import { PyFuture } from "../futures/future";
import type { TornadoContext } from "../tornado/context";
import type { HandlerApi, HandlerInstance } from "../tornado/handler";

/** Path arguments as the verb method gets them: positional, or keyword for named groups. */
export interface PathArgs {
  readonly args: PyValue[];
  readonly kwargs: KwArgs | null;
}

export function execute(
  ctx: TornadoContext,
  api: HandlerApi,
  h: HandlerInstance,
  verb: string,
  args: PyValue[],
  kwargs: KwArgs | null = null,
): void {
  const p = ctx.world.profile;
  const path: PathArgs = { args, kwargs };
  // _execute stores them before prepare() runs.
  h.$dict!.set("path_args", new PyList([...args]));
  const kw = new PyDict();
  kwargs?.names.forEach((n, i) => ctx.world.rt.dictSet(kw, n, kwargs.values[i]!));
  h.$dict!.set("path_kwargs", kw);
  if (p.execute === "plain") return executePlain(ctx, api, h, verb, path);
  const frame = new Frame("_execute", "<tornado>", 0);
  const isTask = p.execute === "task";
  const gen = new PyGenerator(body(ctx, api, h, verb, path, isTask), frame, `${h.$cls.name}._execute`, isTask);
  if (isTask) ctx.cc.startTask(gen, `${h.$cls.name}._execute`);
  else new Runner(ctx.cc, gen, ctx.cc.newFuture("_execute")).run();
}

function* body(
  ctx: TornadoContext,
  api: HandlerApi,
  h: HandlerInstance,
  verb: string,
  path: PathArgs,
  isTask: boolean,
): Generator<PyValue, PyValue, PyValue> {
  const world = ctx.world;
  const rt = world.rt;
  // 4.x/5.x yield to the Runner (which converts what it gets); 6.x awaits.
  const wait = function* (v: PyValue): Generator<PyValue, PyValue, PyValue> {
    if (isTask) return yield* awaitable(rt, v);
    return yield v;
  };
  try {
    let result = rt.callMethod(h, "prepare", []);
    if (result !== None) yield* wait(result);
    if (h.finished) return None;
    const method = rt.getattr(h, verb);
    world.emit({
      kind: "handler-enter",
      request: h.req.id,
      handler: h.$cls.name,
      method: verb,
      line: defLine(method),
    });
    result = rt.call(method, path.args, path.kwargs);
    if (result !== None) yield* wait(result);
    if (h.autoFinish && !h.finished) api.finish(h, None, "auto");
  } catch (e) {
    if (!isPyException(e)) throw e;
    api.handleException(h, e);
  }
  return None;
}

/** The line of a method's `def` (through decorators that keep `__wrapped__`). */
function defLine(method: PyValue): number {
  return unwrapFunction(method)?.sig.line ?? 0;
}

/** 3.2: prepare, then the method, each result checked by _when_complete. */
function executePlain(ctx: TornadoContext, api: HandlerApi, h: HandlerInstance, verb: string, path: PathArgs): void {
  const world = ctx.world;
  const rt = world.rt;
  const guard = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!isPyException(e)) throw e;
      api.handleException(h, e);
    }
  };
  const whenComplete = (result: PyValue, then: () => void) => {
    if (result === None) return then();
    if (result instanceof PyFuture) {
      if (result.done()) {
        const v = result.get();
        if (v !== None) throw makeException("ValueError", `Expected None, got ${rt.repr(v)}`);
        return then();
      }
      ctx.cc.addFuture(result, (f) => guard(() => whenComplete(f, then)), "_when_complete");
      return;
    }
    if (result instanceof PyGenerator && result.isCoroutine) {
      world.afterRequest(() =>
        world.warn("RuntimeWarning", `coroutine '${result.qualname}' was never awaited`, "tornado/web.py", 1360, null),
      );
      result.awaited = true;
    }
    throw makeException("ValueError", `Expected Future or None, got ${rt.repr(result)}`);
  };
  guard(() =>
    whenComplete(rt.callMethod(h, "prepare", []), () => {
      if (h.finished) return;
      const method = rt.getattr(h, verb);
      world.emit({
        kind: "handler-enter",
        request: h.req.id,
        handler: h.$cls.name,
        method: verb,
        line: defLine(method),
      });
      whenComplete(rt.call(method, path.args, path.kwargs), () => {
        if (h.autoFinish && !h.finished) api.finish(h, None, "auto");
      });
    }),
  );
}

export type { PyException };

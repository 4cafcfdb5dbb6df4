/**
 * Async generators (`async def` with `yield`). The compiled body is one JS generator
 * whose `yield`s are of two kinds: a Python `yield v` comes out wrapped in an
 * {@link AsyncGenValue}; anything else is an `await` passing a step up to the event
 * loop. Each `__anext__()` / `asend()` / `athrow()` returns an awaitable (a coroutine
 * object) that runs the body until its next Python `yield`, forwarding the awaits.
 */
import { PyObject, PyType, objectType, None, keepFast, type PyValue } from "../objects/core";
import { isPyException, makeException, type PyException } from "../objects/exceptions";
import type { Frame } from "../objects/functions";
import { PyGenerator } from "./generators";
import type { Interpreter } from "./interpreter";

export const asyncGeneratorType = new PyType("async_generator", [objectType], { builtin: true });

/** What a Python `yield v` inside an async generator produces, to tell it from an await's step. */
export class AsyncGenValue {
  constructor(readonly value: PyValue) {}
}

export class PyAsyncGenerator extends PyObject {
  finished = false;
  started = false;
  constructor(
    readonly it: Generator<PyValue, PyValue, PyValue>,
    readonly frame: Frame,
    readonly qualname: string,
  ) {
    super(asyncGeneratorType);
  }
}

/** Run the body until its next `yield` (returned) or its end (StopAsyncIteration), forwarding awaits. */
function* step(
  rt: Interpreter,
  ag: PyAsyncGenerator,
  mode: "send" | "throw",
  value: PyValue,
): Generator<PyValue, PyValue, PyValue> {
  if (ag.finished) {
    if (mode === "throw") throw value;
    throw makeException("StopAsyncIteration");
  }
  if (!ag.started && mode === "send" && value !== None) {
    throw rt.error("TypeError", "can't send non-None value to a just-started async generator");
  }
  ag.started = true;
  let m = mode;
  let v = value;
  for (;;) {
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = m === "send" ? ag.it.next(v) : ag.it.throw(v);
    } catch (e) {
      ag.finished = true;
      if (isPyException(e) && (e.$cls === rt.excType("StopAsyncIteration") || e.$cls === rt.excType("StopIteration"))) {
        const err = rt.error("RuntimeError", `async generator raised ${e.$cls.name}`);
        err.cause = e;
        throw err;
      }
      throw e;
    }
    if (r.done) {
      ag.finished = true;
      throw makeException("StopAsyncIteration");
    }
    if (r.value instanceof AsyncGenValue) return r.value.value;
    try {
      v = yield r.value;
      m = "send";
    } catch (e) {
      m = "throw";
      v = e as PyException;
    }
  }
}

/** The awaitable of `__anext__()`, `asend(v)` or `athrow(e)`. */
export function asyncGenStep(
  rt: Interpreter,
  ag: PyAsyncGenerator,
  mode: "send" | "throw",
  value: PyValue,
): PyGenerator {
  const g = new PyGenerator(step(rt, ag, mode, value), ag.frame, ag.qualname, true);
  // It ends by raising StopAsyncIteration on purpose: not the error a coroutine's would be.
  g.raisesStop = true;
  g.awaited = true;
  return g;
}

/** The awaitable of `aclose()`: GeneratorExit thrown in; the body must not yield again. */
export function asyncGenClose(rt: Interpreter, ag: PyAsyncGenerator): PyGenerator {
  function* close(): Generator<PyValue, PyValue, PyValue> {
    if (ag.finished || !ag.started) {
      ag.finished = true;
      return None;
    }
    try {
      yield* step(rt, ag, "throw", makeException("GeneratorExit"));
    } catch (e) {
      if (isPyException(e) && (e.$cls === rt.excType("GeneratorExit") || e.$cls === rt.excType("StopAsyncIteration"))) {
        return None;
      }
      throw e;
    }
    throw rt.error("RuntimeError", "async generator ignored GeneratorExit");
  }
  const g = new PyGenerator(close(), ag.frame, ag.qualname, true);
  g.awaited = true;
  return g;
}

keepFast(AsyncGenValue, PyAsyncGenerator);

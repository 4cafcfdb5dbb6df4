/**
 * Generators and coroutines: a compiled JS generator plus its frame.
 * `resume` is the raw protocol the event loop drives (no StopIteration on the hot
 * path); `send`/`throw`/`close` give Python's semantics on top of it.
 */
import { PyObject, PyType, objectType, None, type PyValue, keepFast } from "../objects/core";
import { makeException, isPyException, type PyException } from "../objects/exceptions";
import type { Frame } from "../objects/functions";
import type { Interpreter } from "./interpreter";

export const generatorType = new PyType("generator", [objectType], { builtin: true });
export const coroutineType = new PyType("coroutine", [objectType], { builtin: true });

export type ResumeResult =
  { readonly done: false; readonly value: PyValue } | { readonly done: true; readonly value: PyValue };

export class PyGenerator extends PyObject {
  declare started: boolean;
  declare finished: boolean;
  declare running: boolean;
  /** For coroutines: whether anyone awaited or scheduled it (for "never awaited"). */
  declare awaited: boolean;
  /** An async generator's step ends with StopAsyncIteration by design (see asyncgen.ts). */
  declare raisesStop: boolean;
  /** The exceptions its suspended frame was handling (it yielded inside `except` or `finally`). */
  declare handling: PyException[] | null;
  declare readonly it: Generator<PyValue, PyValue, PyValue>;
  declare readonly frame: Frame;
  declare readonly qualname: string;
  declare readonly isCoroutine: boolean;
  /** A generator of a `types.coroutine` function: `await` accepts it. */
  declare iterableCoroutine: boolean;

  constructor(it: Generator<PyValue, PyValue, PyValue>, frame: Frame, qualname: string, isCoroutine: boolean) {
    super(isCoroutine ? coroutineType : generatorType);
    const self = this as { it: typeof it; frame: Frame; qualname: string; isCoroutine: boolean };
    self.it = it;
    self.frame = frame;
    self.qualname = qualname;
    self.isCoroutine = isCoroutine;
    this.started = false;
    this.finished = false;
    this.running = false;
    this.awaited = false;
    this.raisesStop = false;
    this.handling = null;
    this.iterableCoroutine = false;
  }

  get name(): string {
    return this.frame.name;
  }
}

/**
 * Advance a generator: `mode` "send" passes `value` in as the result of the pending
 * yield; "throw" raises `value` (a PyException) there. Exceptions from the body
 * propagate, with the generator's frame added to their traceback.
 */
export function resume(rt: Interpreter, g: PyGenerator, mode: "send" | "throw", value: PyValue): ResumeResult {
  if (g.running) throw rt.error("ValueError", `${g.isCoroutine ? "coroutine" : "generator"} already executing`);
  if (g.finished) {
    if (mode === "throw") throw value;
    if (g.isCoroutine) throw rt.error("RuntimeError", "cannot reuse already awaited coroutine");
    return { done: true, value: None };
  }
  if (!g.started && mode === "send" && value !== None) {
    throw rt.error(
      "TypeError",
      `can't send non-None value to a just-started ${g.isCoroutine ? "coroutine" : "generator"}`,
    );
  }
  g.started = true;
  g.running = true;
  rt.pushFrame(g.frame);
  const base = rt.handling.length;
  if (g.handling !== null) {
    for (const e of g.handling) rt.handling.push(e);
    g.handling = null;
  }
  try {
    rt.delegatedYielder = null;
    const r = mode === "send" ? g.it.next(value) : g.it.throw(value);
    if (r.done) g.finished = true;
    else {
      rt.innermostYielder = rt.delegatedYielder ?? (g.frame.code !== null ? g : null);
      rt.delegatedYielder = null;
    }
    return r as ResumeResult;
  } catch (e) {
    g.finished = true;
    if (isPyException(e)) {
      rt.passThrough(e, g.frame);
      // PEP 479: a StopIteration escaping a generator or coroutine becomes RuntimeError.
      // StopAsyncIteration passes through them (an `async def __anext__` ends iteration
      // with it); only async generators convert it, in asyncgen.ts.
      if (!g.raisesStop && e.$cls === rt.excType("StopIteration")) {
        const what = g.isCoroutine ? "coroutine" : "generator";
        const err = makeException("RuntimeError", `${what} raised ${e.$cls.name}`);
        err.cause = e;
        err.context = e;
        throw err;
      }
    }
    throw rt.translateHostError(e);
  } finally {
    g.running = false;
    if (rt.handling.length > base) g.handling = rt.handling.splice(base);
    rt.popFrame();
  }
}

/** `gen.close()`: throw GeneratorExit in; it must not yield again. */
export function close(rt: Interpreter, g: PyGenerator): void {
  if (g.finished || !g.started) {
    g.finished = true;
    return;
  }
  try {
    const r = resume(rt, g, "throw", makeException("GeneratorExit"));
    if (!r.done) throw rt.error("RuntimeError", "generator ignored GeneratorExit");
  } catch (e) {
    if (isPyException(e) && (e.$cls === rt.excType("GeneratorExit") || e.$cls === rt.excType("StopIteration"))) return;
    throw e;
  }
}

/** Python-level `send`: a finished generator raises StopIteration(return value). */
export function send(rt: Interpreter, g: PyGenerator, mode: "send" | "throw", value: PyValue): PyValue {
  const r = resume(rt, g, mode, value);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

export function stopIteration(value: PyValue): PyException {
  return value === None ? makeException("StopIteration") : makeException("StopIteration", value);
}

keepFast(PyGenerator);

/**
 * `yield from`, `await` and `async for`: JS generators that drive a sub-iterator and
 * pass what it yields up to whoever drives the outer generator (the event loop, in
 * the end), and what is sent or thrown back down.
 */
import { None, typeOf, type PyValue } from "../objects/core";
import { isPyException, stopIterationValue, type PyException } from "../objects/exceptions";
import { PyGenerator, resume, close, type ResumeResult } from "./generators";
import { PyIterator, STOP } from "./iter";
import type { Interpreter } from "./interpreter";

/** Advance any Python iterator by send/throw, returning done + value like a generator. */
function step(rt: Interpreter, sub: PyValue, mode: "send" | "throw", value: PyValue): ResumeResult {
  if (sub instanceof PyGenerator) return resume(rt, sub, mode, value);
  if (mode === "throw") {
    const t = typeOf(sub).lookup("throw");
    if (t === undefined) throw value;
    return callCatchingStop(rt, () => rt.call(t, [sub, value]));
  }
  // A value sent to anything but a generator goes through its `send` method, which
  // must exist (CPython: `_PyObject_CallMethod(sub, "send", value)`).
  if (value !== None) {
    const s = typeOf(sub).lookup("send");
    if (s === undefined) throw rt.error("AttributeError", `'${typeOf(sub).name}' object has no attribute 'send'`);
    return callCatchingStop(rt, () => rt.call(s, [sub, value]));
  }
  if (sub instanceof PyIterator) {
    const v = sub.step();
    return v === STOP ? { done: true, value: None } : { done: false, value: v };
  }
  const n = typeOf(sub).lookup("__next__");
  if (n === undefined) throw rt.error("TypeError", `'${typeOf(sub).name}' object is not an iterator`);
  return callCatchingStop(rt, () => rt.call(n, [sub]));
}

function callCatchingStop(rt: Interpreter, f: () => PyValue): ResumeResult {
  try {
    return { done: false, value: f() };
  } catch (e) {
    if (isPyException(e) && rt.isInstance(e, rt.excType("StopIteration")))
      return { done: true, value: stopIterationValue(e) };
    throw e;
  }
}

/** `yield from sub`: returns the sub-iterator's return value. */
export function* delegate(rt: Interpreter, sub: PyValue): Generator<PyValue, PyValue, PyValue> {
  let mode: "send" | "throw" = "send";
  let value: PyValue = None;
  for (;;) {
    const r = step(rt, sub, mode, value);
    if (r.done) return r.value;
    rt.delegatedYielder = sub instanceof PyGenerator ? rt.innermostYielder : null;
    try {
      value = yield r.value;
      mode = "send";
    } catch (e) {
      if (isPyException(e) && e.$cls === rt.excType("GeneratorExit")) {
        if (sub instanceof PyGenerator) close(rt, sub);
        else {
          const c = typeOf(sub).lookup("close");
          if (c !== undefined) rt.call(c, [sub]);
        }
        throw e;
      }
      mode = "throw";
      value = e as PyException;
    }
  }
}

/** The iterator behind `await v`: a coroutine itself, or what `__await__` returns. */
export function awaitIterator(rt: Interpreter, v: PyValue): PyValue {
  if (v instanceof PyGenerator && (v.isCoroutine || v.iterableCoroutine)) {
    v.awaited = true;
    return v;
  }
  const m = typeOf(v).lookup("__await__");
  if (m === undefined) throw rt.error("TypeError", `object ${typeOf(v).name} can't be used in 'await' expression`);
  return rt.call(m, [v]);
}

export function awaitable(rt: Interpreter, v: PyValue): Generator<PyValue, PyValue, PyValue> {
  return delegate(rt, awaitIterator(rt, v));
}

/** `async for`: the async iterator of `v`. */
export function asyncIter(rt: Interpreter, v: PyValue): PyValue {
  const m = typeOf(v).lookup("__aiter__");
  if (m === undefined)
    throw rt.error("TypeError", `'async for' requires an object with __aiter__ method, got ${typeOf(v).name}`);
  const it = rt.call(m, [v]);
  // CPython's GET_AITER checks the iterator at once, before the first step.
  if (typeOf(it).lookup("__anext__") === undefined)
    throw rt.error(
      "TypeError",
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`,
    );
  return it;
}

/** One step of `async for`: awaits `__anext__`, STOP at StopAsyncIteration. */
export function* asyncNext(rt: Interpreter, it: PyValue): Generator<PyValue, PyValue, PyValue> {
  const m = typeOf(it).lookup("__anext__");
  if (m === undefined) throw rt.error("TypeError", `'async for' received an object without __anext__`);
  try {
    return yield* awaitable(rt, rt.call(m, [it]));
  } catch (e) {
    if (isPyException(e) && rt.isInstance(e, rt.excType("StopAsyncIteration"))) return STOP;
    throw e;
  }
}

/**
 * tornado.gen beyond coroutine/sleep: with_timeout, WaitIterator, Task/Callback/Wait
 * and multi's quiet_exceptions, per release (TORNADO_SEMANTICS.md §0, §3.4).
 */
import { describe, expect, it } from "vitest";
import { stdoutOf, traceLines } from "./run-helpers";

const TIMEOUT = `
from datetime import timedelta
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.concurrent import Future

@gen.coroutine
def main():
    inner = Future()
    try:
        yield gen.with_timeout(timedelta(seconds=0.2), inner)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e), e.__class__ is gen.TimeoutError)
    print("inner done:", inner.done())
    t0 = IOLoop.current().time()
    try:
        yield gen.with_timeout(t0 + 0.1, gen.sleep(1))
    except gen.TimeoutError:
        print("absolute deadline after", round(IOLoop.current().time() - t0, 3))

IOLoop.current().run_sync(main)
`;

describe("gen.with_timeout", () => {
  it("raises each release's TimeoutError and leaves the inner Future alone", () => {
    expect(stdoutOf(TIMEOUT, "4.5")).toBe(
      "tornado.gen TimeoutError Timeout True\ninner done: False\nabsolute deadline after 0.1\n",
    );
    expect(stdoutOf(TIMEOUT, "5.1")).toBe(
      "tornado.util TimeoutError Timeout True\ninner done: False\nabsolute deadline after 0.1\n",
    );
    expect(stdoutOf(TIMEOUT, "6.5")).toBe(
      "builtins TimeoutError Timeout True\ninner done: False\nabsolute deadline after 0.1\n",
    );
  });

  it("does not exist in 3.2", () => {
    const lines = traceLines(
      "from tornado import gen\nprint(hasattr(gen, 'with_timeout'), hasattr(gen, 'WaitIterator'))\n",
      "3.2",
    );
    expect(lines).toEqual(["T0 print False False"]);
  });

  it("logs a wrapped Future that fails after the timeout, unless its error is quiet", () => {
    const source = (quiet: string) => `
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def fails():
    yield gen.sleep(0.3)
    raise KeyError("late")

@gen.coroutine
def main():
    try:
        yield gen.with_timeout(IOLoop.current().time() + 0.1, fails()${quiet})
    except gen.TimeoutError:
        print("timed out")
    yield gen.sleep(0.5)

IOLoop.current().run_sync(main)
`;
    expect(traceLines(source(""))).toEqual([
      "T0 print timed out",
      "T0 log ERROR:tornado.application:Exception in Future <Future finished exception=KeyError('late')> after timeout | KeyError: 'late'",
    ]);
    expect(traceLines(source(", quiet_exceptions=(KeyError,)"))).toEqual(["T0 print timed out"]);
  });
});

describe("gen.WaitIterator", () => {
  const source = (loop: string) => `
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def after(delay, value):
    yield gen.sleep(delay)
    if value == "bad":
        raise ValueError(value)
    raise gen.Return(value)

async def main():
    wi = gen.WaitIterator(after(0.3, "slow"), after(0.1, "fast"), after(0.2, "bad"))
${loop}

IOLoop.current().run_sync(main)
`;
  it("gives results in completion order with their index; an error affects only its step", () => {
    const loop = `    while not wi.done():
        try:
            r = await wi.next()
            print(wi.current_index, r)
        except ValueError as e:
            print(wi.current_index, "error", e)`;
    expect(stdoutOf(source(loop), "4.5")).toBe("1 fast\n2 error bad\n0 slow\n");
    expect(stdoutOf(source(loop), "6.5")).toBe("1 fast\n2 error bad\n0 slow\n");
  });

  it("supports async for", () => {
    const loop = `    try:
        async for r in wi:
            print(wi.current_index, r)
    except ValueError as e:
        print("stopped by", e)`;
    expect(stdoutOf(source(loop), "6.5")).toBe("1 fast\nstopped by bad\n");
  });
});

describe("gen.Task, Callback and Wait", () => {
  const source = `
from tornado import gen
from tornado.ioloop import IOLoop

def double_later(x, callback):
    IOLoop.current().call_later(0.1, callback, x * 2)

@gen.coroutine
def main():
    r = yield gen.Task(double_later, 21)
    print("task", r)
    cb = yield gen.Callback("k")
    IOLoop.current().add_callback(cb, "called back")
    print("wait", (yield gen.Wait("k")))

IOLoop.current().run_sync(main)
`;
  it("run in 4.5", () => {
    expect(traceLines(source, "4.5")).toEqual(["T0 print task 42", "T0 print wait called back"]);
  });

  it("warn that they are deprecated in 5.1", () => {
    expect(traceLines(source, "5.1")).toEqual([
      "T0 log WARNING:py.warnings:DeprecationWarning: gen.Task is deprecated, use Futures instead",
      "T0 log WARNING:py.warnings:DeprecationWarning: StackContext is deprecated and will be removed in Tornado 6.0",
      "T0 print task 42",
      "T0 log WARNING:py.warnings:DeprecationWarning: gen.Callback is deprecated, use Futures instead",
      // The Runner enters a StackContext of its own at its first YieldPoint (p166 shows it).
      "T0 log WARNING:py.warnings:DeprecationWarning: StackContext is deprecated and will be removed in Tornado 6.0",
      "T0 log WARNING:py.warnings:DeprecationWarning: gen.Wait is deprecated, use Futures instead",
      "T0 print wait called back",
    ]);
  });

  it("are gone in 6.x", () => {
    expect(traceLines("# tornado: 6.5\nfrom tornado import gen\ngen.Task\n", "6.5")).toEqual([
      "T0 error AttributeError: module 'tornado.gen' has no attribute 'Task' (line 3)",
    ]);
  });
});

describe("gen.multi", () => {
  it("logs the errors after the first unless they are quiet", () => {
    const source = (quiet: string) => `
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def fail(delay, what):
    yield gen.sleep(delay)
    raise what("boom %s" % delay)

@gen.coroutine
def main():
    try:
        yield gen.multi([fail(0.1, ValueError), fail(0.2, KeyError)]${quiet})
    except ValueError as e:
        print("caught", e)

IOLoop.current().run_sync(main)
`;
    expect(traceLines(source(""))).toEqual([
      "T0 log ERROR:tornado.application:Multiple exceptions in yield list | KeyError: 'boom 0.2'",
      "T0 print caught boom 0.1",
    ]);
    expect(traceLines(source(", quiet_exceptions=KeyError"))).toEqual(["T0 print caught boom 0.1"]);
  });

  it("takes a dict and gives a dict with the same keys", () => {
    const source = `
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def main():
    r = yield {"b": gen.sleep(0.1), "a": gen.maybe_future(1)}
    print(r)

IOLoop.current().run_sync(main)
`;
    expect(stdoutOf(source)).toBe("{'b': None, 'a': 1}\n");
  });
});

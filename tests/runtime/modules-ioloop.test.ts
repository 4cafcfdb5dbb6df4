/**
 * tornado.ioloop beyond add_callback: run_in_executor's virtual threads, run_sync,
 * PeriodicCallback, timeouts, and how callback errors are logged per release.
 */
import { describe, expect, it } from "vitest";
import { stdoutOf, traceLines } from "./run-helpers";

describe("run_in_executor", () => {
  const source = `
import time
from tornado import gen
from tornado.ioloop import IOLoop

def work(n):
    time.sleep(0.4)
    print("thread done", n)
    return n * 2

async def ticker():
    for i in range(3):
        await gen.sleep(0.1)
        print("tick", i)

async def main():
    IOLoop.current().spawn_callback(ticker)
    r = await IOLoop.current().run_in_executor(None, work, 21)
    print("result", r, round(IOLoop.current().time() % 1, 1))

IOLoop.current().run_sync(main)
`;
  it("runs the function off the loop: timers keep firing while the thread sleeps", () => {
    expect(stdoutOf(source, "6.5")).toBe("tick 0\ntick 1\ntick 2\nthread done 21\nresult 42 0.4\n");
  });

  it("exists from 5.0", () => {
    expect(
      stdoutOf("from tornado.ioloop import IOLoop\nprint(hasattr(IOLoop.current(), 'run_in_executor'))\n", "4.5"),
    ).toBe("False\n");
  });

  it("queues work beyond the pool's threads", () => {
    const pool = `
import time
from concurrent.futures import ThreadPoolExecutor
from tornado import gen
from tornado.ioloop import IOLoop

pool = ThreadPoolExecutor(2)
t0 = time.time()

def work(i):
    # time.time(), not IOLoop.current(): on asyncio a worker thread has no current loop.
    time.sleep(0.1)
    return round(time.time() - t0, 2)

async def main():
    print(await gen.multi([IOLoop.current().run_in_executor(pool, work, i) for i in range(5)]))

IOLoop.current().run_sync(main)
`;
    expect(stdoutOf(pool)).toBe("[0.1, 0.1, 0.2, 0.2, 0.3]\n");
  });

  it("makes a blocking Future.result() block the loop until its thread ends", () => {
    const source = `
import time
from concurrent.futures import ThreadPoolExecutor
from tornado.ioloop import IOLoop

def work():
    time.sleep(0.25)
    return "value"

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work)
    t0 = time.monotonic()
    print(f.result(), round(time.monotonic() - t0, 2))
`;
    expect(stdoutOf(source)).toBe("value 0.25\n");
  });
});

describe("run_sync", () => {
  it("runs the loop from module level until the coroutine finishes", () => {
    const source = `
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def compute():
    yield gen.sleep(0.2)
    raise gen.Return("computed")

print("before")
print(IOLoop.current().run_sync(compute))
print("after")
`;
    for (const release of ["3.2", "4.5", "5.1", "6.5"] as const) {
      const sleeps =
        release === "3.2"
          ? source.replace("gen.sleep(0.2)", "gen.Task(IOLoop.current().add_timeout, IOLoop.current().time() + 0.2)")
          : source;
      expect(traceLines(sleeps, release), release).toEqual(["T0 print before", "T0 print computed", "T0 print after"]);
    }
  });

  it("raises TimeoutError when the timeout comes first", () => {
    const source = `
from tornado import gen
from tornado.ioloop import IOLoop
try:
    IOLoop.current().run_sync(lambda: gen.sleep(5), timeout=0.5)
except Exception as e:
    print(type(e).__name__, e)
`;
    expect(stdoutOf(source)).toBe("TimeoutError Operation timed out after 0.5 seconds\n");
  });
});

describe("PeriodicCallback", () => {
  it("runs every period and skips the periods an overrunning call missed", () => {
    const source = `
import time
from tornado import gen
from tornado.ioloop import IOLoop, PeriodicCallback

t0 = IOLoop.current().time()
calls = []

def tick():
    calls.append(round(IOLoop.current().time() - t0, 2))
    if len(calls) == 2:
        time.sleep(0.25)

async def main():
    pc = PeriodicCallback(tick, 100)
    pc.start()
    await gen.sleep(0.75)
    pc.stop()
    print(calls, pc.is_running())

IOLoop.current().run_sync(main)
`;
    expect(stdoutOf(source)).toBe("[0.1, 0.2, 0.5, 0.6, 0.7] False\n");
  });

  it("refuses a period that is not positive", () => {
    const source = `
from tornado.ioloop import PeriodicCallback
try:
    PeriodicCallback(print, 0)
except ValueError as e:
    print(e)
`;
    expect(stdoutOf(source)).toBe("Periodic callback must have a positive callback_time\n");
  });
});

describe("timeouts and callbacks", () => {
  it("takes a timedelta or an absolute deadline, and removes a timeout", () => {
    const source = `
from datetime import timedelta
from tornado import gen
from tornado.ioloop import IOLoop

async def main():
    loop = IOLoop.current()
    loop.add_timeout(timedelta(milliseconds=200), print, "timedelta")
    loop.add_timeout(loop.time() + 0.1, print, "absolute")
    h = loop.call_later(0.15, print, "removed")
    loop.remove_timeout(h)
    loop.remove_timeout(h)
    loop.call_at(loop.time() + 0.05, print, "call_at")
    await gen.sleep(0.3)

IOLoop.current().run_sync(main)
`;
    expect(stdoutOf(source)).toBe("call_at\nabsolute\ntimedelta\n");
  });

  const failing = `
from tornado import gen
from tornado.ioloop import IOLoop

def bad(n):
    raise KeyError(n)

@gen.coroutine
def bad_coroutine():
    yield gen.sleep(0.01)
    raise ValueError("in a coroutine")

async def main():
    IOLoop.current().add_callback(bad, 1)
    IOLoop.current().spawn_callback(bad_coroutine)
    await gen.sleep(0.1)

IOLoop.current().run_sync(main)
`;
  it("logs a failing callback, and a failing coroutine a callback returned, as 6.x words it", () => {
    expect(traceLines(failing, "6.5")).toEqual([
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<function bad>, 1) | KeyError: 1",
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<bound method IOLoop._discard_future_result of <tornado.platform.asyncio.AsyncIOMainLoop object>>, <Future finished exception=ValueError('in a coroutine')>) | ValueError: in a coroutine",
    ]);
  });

  it("names the stack-context wrapper and its arguments in 4.5 and 5.1", () => {
    expect(traceLines(failing, "4.5")).toEqual([
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<function wrap.<locals>.null_wrapper>, 1) | KeyError: 1",
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<function wrap.<locals>.null_wrapper>, <tornado.concurrent.Future object>) | ValueError: in a coroutine",
    ]);
    expect(traceLines(failing, "5.1")).toEqual([
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<function wrap.<locals>.null_wrapper>, 1) | KeyError: 1",
      "T0 log ERROR:tornado.application:Exception in callback functools.partial(<function wrap.<locals>.null_wrapper>, <Future finished exception=ValueError('in a coroutine')>) | ValueError: in a coroutine",
    ]);
  });

  it("names the release's loop class in attribute errors", () => {
    const source = `
from tornado.ioloop import IOLoop
try:
    IOLoop.current().nope
except AttributeError as e:
    print(e)
`;
    expect(stdoutOf(source, "4.5")).toBe("'EPollIOLoop' object has no attribute 'nope'\n");
    expect(stdoutOf(source, "6.5")).toBe("'AsyncIOMainLoop' object has no attribute 'nope'\n");
  });
});

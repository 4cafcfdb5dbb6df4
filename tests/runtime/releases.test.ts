/**
 * Behaviour that differs between the releases, each case as the real release showed it
 * (tools/real-tornado/run-real-tornado with the release's source tree): the profiles
 * must keep these apart.
 */
import { describe, expect, it } from "vitest";
import { traceLines } from "./run-helpers";

const prints = (source: string, release: "3.2" | "4.5" | "5.1" | "6.5") =>
  traceLines(source, release)
    .filter((l) => l.includes(" print "))
    .map((l) => l.replace(/^T\d+ print /, ""));

describe("the Futures of flush() and finish()", () => {
  const source = `
# request: GET /a at 0
from tornado import web

class AHandler(web.RequestHandler):
    async def get(self):
        self.write("x")
        f1 = self.flush()
        print("flush1", f1.done())
        await f1
        self.write("y")
        f2 = self.flush()
        print("flush2", f2.done())
        await f2
        f3 = self.finish("z")
        print("finish", f3.done())
        await f3
        print("after finish")
`;
  it("5.1: a flush after the headers resolves later, a finish after them never", () => {
    expect(prints(source, "5.1")).toEqual(["flush1 True", "flush2 False", "finish False"]);
  });

  it("6.x: all done when returned", () => {
    expect(prints(source, "6.5")).toEqual(["flush1 True", "flush2 True", "finish True", "after finish"]);
  });
});

describe("status codes", () => {
  const source = `
# request: GET /odd at 0
# request: GET /custom at 10
from tornado import web

class OddHandler(web.RequestHandler):
    def get(self):
        self.set_status(599)
        self.write("odd")

class CustomHandler(web.RequestHandler):
    def get(self):
        self.send_error(418, reason="Short and stout")

    def write_error(self, status_code, **kwargs):
        self.write("%d %s" % (status_code, self._reason))
`;
  const lines = (release: "3.2" | "4.5" | "5.1" | "6.5") =>
    traceLines(source, release).filter((l) => l.includes("Uncaught") || l.includes(" recv "));

  it("3.2: an unknown code is a ValueError with its format and code as args; send_error has no reason=", () => {
    expect(lines("3.2")).toEqual([
      "T0 log ERROR:tornado.application:Uncaught exception GET /odd (127.0.0.1) | ValueError: ('unknown status code %d', 599)",
      "T0 client #1 recv 500 <html><title>500: Internal Server Error</title><body>500: In",
      "T10 client #2 recv 418 418 I'm a Teapot",
    ]);
  });

  it("4.5: a formatted ValueError; send_error takes reason=", () => {
    expect(lines("4.5")[0]).toContain("| ValueError: unknown status code 599");
    expect(lines("4.5")[2]).toBe("T10 client #2 recv 418 418 Short and stout");
  });

  it("5.1 and 6.x: 'Unknown'", () => {
    for (const r of ["5.1", "6.5"] as const) expect(lines(r)[0]).toBe("T0 client #1 recv 599 odd");
  });
});

describe("PeriodicCallback", () => {
  const source = `
from tornado.ioloop import PeriodicCallback
print(hasattr(PeriodicCallback(print, 10), "is_running"))
`;
  it("has is_running from 4.1", () => {
    expect(prints(source, "3.2")).toEqual(["False"]);
    expect(prints(source, "4.5")).toEqual(["True"]);
  });
});

describe("tornado.locks.Event.wait(timeout)", () => {
  const source = `
import asyncio
from datetime import timedelta
from tornado import gen, locks

async def main():
    try:
        await locks.Event().wait(timeout=timedelta(seconds=0.05))
    except gen.TimeoutError:
        print("timed out")
    await gen.sleep(0.01)

asyncio.run(main())
`;
  it("5.1: the cancelled waiter escapes with_timeout's error_callback, and asyncio logs it", () => {
    expect(traceLines(source, "5.1")).toEqual([
      "T0 print timed out",
      "T0 log ERROR:asyncio:Exception in callback with_timeout.<locals>.error_callback(<Future cancelled>) at /usr/lib/python3/dist-packages/tornado/gen.py:968 | CancelledError:",
    ]);
  });

  it("6.x: nothing is logged", () => {
    expect(traceLines(source, "6.5")).toEqual(["T0 print timed out"]);
  });
});

describe("asyncio while Tornado serves", () => {
  // Seven handlers that use asyncio from inside a request, each told apart by its path.
  const source = `
# request: GET /a at 0
# request: GET /b at 100
# request: GET /c at 200
# request: GET /d at 300
# request: GET /e at 400
# request: GET /f at 500
# request: GET /g at 600
# client-timeout: 90
import asyncio
from tornado import web, gen

async def co():
    print("co runs")
    return 1

class AHandler(web.RequestHandler):
    async def get(self):
        f = asyncio.ensure_future(co())
        print("ensure_future ->", type(f).__name__, f.done())
        loop = asyncio.get_event_loop()
        print("loop running", loop.is_running())
        loop.call_soon(print, "call_soon ran")
        self.write("a")

class BHandler(web.RequestHandler):
    async def get(self):
        f = asyncio.Future()
        print("future", type(f).__module__)
        IOLoopCb = f
        asyncio.get_event_loop().call_soon(f.set_result, 5)
        r = await f
        print("got", r)
        self.write("b")

class CHandler(web.RequestHandler):
    async def get(self):
        await asyncio.sleep(0)
        print("sleep0 ok")
        e = asyncio.Event()
        e.set()
        await e.wait()
        print("event set wait ok")
        l = asyncio.Lock()
        async with l:
            print("lock ok")
        q = asyncio.Queue()
        q.put_nowait(1)
        print("q get", await q.get())
        try:
            await asyncio.wait_for(q.get(), 0.1)
        except Exception as ex:
            print("q.get empty ->", type(ex).__name__, ex)
        self.write("c")

class DHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        f = asyncio.Future()
        f.set_result(3)
        r = yield f
        print("yield done asyncio future", r)
        self.write("d")

class EHandler(web.RequestHandler):
    async def get(self):
        e = asyncio.Event()
        try:
            await e.wait()
        except Exception as ex:
            print("event wait ->", type(ex).__name__, ex)
        try:
            await asyncio.to_thread(print, "x")
        except Exception as ex:
            print("to_thread ->", type(ex).__name__, ex)
        try:
            await asyncio.wait([asyncio.ensure_future(co())])
        except Exception as ex:
            print("wait ->", type(ex).__name__, ex)
        self.write("e")

class FHandler(web.RequestHandler):
    async def get(self):
        f = asyncio.Future()
        f.set_result(3)
        r = await f
        print("await done asyncio future", r)
        self.write("f")

class GHandler(web.RequestHandler):
    async def get(self):
        f = asyncio.ensure_future(co())
        print("awaiting task")
        r = await f
        print("task result", r)
        self.write("g")

routes = [(r"/a", AHandler), (r"/b", BHandler), (r"/c", CHandler), (r"/d", DHandler), (r"/e", EHandler), (r"/f", FHandler), (r"/g", GHandler)]
`;
  const events = (release: "4.5" | "6.5") =>
    traceLines(source, release).filter((l) => !/ (send|recv) /.test(l) && !l.includes("tornado.access"));

  it("4.5: asyncio's loop is another one, which nothing runs", () => {
    expect(events("4.5").map((l) => l.replace(/^T\d+ /, ""))).toEqual([
      "print ensure_future -> Task False",
      "print loop running False",
      "print future _asyncio",
      "client #2 error TimeoutError",
      "print sleep0 ok",
      "print event set wait ok",
      "print lock ok",
      "print q get 1",
      "print q.get empty -> RuntimeError no running event loop",
      "log WARNING:py.warnings:RuntimeWarning: coroutine 'Queue.get' was never awaited",
      "client #4 error TimeoutError",
      "print event wait -> AttributeError 'NoneType' object has no attribute 'create_future'",
      "print to_thread -> RuntimeError no running event loop",
      "print wait -> RuntimeError no running event loop",
      "print await done asyncio future 3",
      "print awaiting task",
      "client #7 error TimeoutError",
    ]);
  });

  it("6.x: it is Tornado's loop", () => {
    const lines = events("6.5");
    expect(lines).toContain("T0 print co runs");
    expect(lines).toContain("T100 print got 5");
    expect(lines).toContain("T300 print yield done asyncio future 3");
    expect(lines).toContain("T600 print task result 1");
  });
});

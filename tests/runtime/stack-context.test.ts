/**
 * tornado.stack_context (≤5.1): an exception escaping a callback goes to the contexts
 * entered where the callback was scheduled, at any depth of callbacks, before the
 * IOLoop would log it; 6.x has no stack contexts.
 */
import { describe, expect, it } from "vitest";
import { traceLines } from "./run-helpers";

const ASYNC_CHAIN = `
# request: GET /later at 0
from tornado import web
from tornado.ioloop import IOLoop

class LaterHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        IOLoop.current().add_callback(self.step)

    def step(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.05, self.boom)

    def boom(self):
        raise ValueError("late failure")

routes = [(r"/later", LaterHandler)]
`;

const SPAWNED = `
# request: GET /s at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

@gen.coroutine
def background():
    yield gen.sleep(0.01)
    raise ValueError("background")

class SHandler(web.RequestHandler):
    @web.asynchronous
    def get(self):
        IOLoop.current().spawn_callback(background)
        IOLoop.current().call_later(0.03, self.finish, "ok")

routes = [(r"/s", SHandler)]
`;

const THROWN_IN = `
# request: GET /co at 0
from tornado import gen, web
from tornado.ioloop import IOLoop

def later(callback):
    IOLoop.current().add_timeout(IOLoop.current().time() + 0.1, callback)

def explode():
    raise ZeroDivisionError("from a timeout")

class CoHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        IOLoop.current().add_timeout(IOLoop.current().time() + 0.02, explode)
        try:
            yield gen.Task(later)
            print("not interrupted")
        except ZeroDivisionError as e:
            print("caught", e)
        self.write("co")

routes = [(r"/co", CoHandler)]
`;

describe("stack_context", () => {
  it("makes a failure two callbacks away from @asynchronous the request's 500", () => {
    for (const release of ["3.2", "4.5", "5.1"] as const) {
      const lines = traceLines(ASYNC_CHAIN, release);
      expect(lines).toContain(
        "T50 log ERROR:tornado.application:Uncaught exception GET /later (127.0.0.1) | ValueError: late failure",
      );
      expect(lines.some((l) => l.includes("client #1 recv 500"))).toBe(true);
      expect(lines.some((l) => l.includes("Exception in callback"))).toBe(false);
    }
  });

  it("is left behind by spawn_callback: the coroutine's failure is logged, the request unharmed", () => {
    const lines = traceLines(SPAWNED, "4.5");
    expect(lines.some((l) => l.startsWith("T10 log ERROR:tornado.application:Exception in callback"))).toBe(true);
    expect(lines).toContain("T30 client #1 recv 200 ok");
  });

  it("throws a callback's failure into the waiting 3.2 coroutine; 4.5 logs it", () => {
    expect(traceLines(THROWN_IN, "3.2")).toContain("T20 print caught from a timeout");
    const later = traceLines(THROWN_IN, "4.5");
    expect(later).toContain("T100 print not interrupted");
    expect(later.some((l) => l.includes("Exception in callback") && l.includes("ZeroDivisionError"))).toBe(true);
  });
});

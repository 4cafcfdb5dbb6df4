/**
 * How serving starts and ends as the reference harness runs a scenario: an
 * application served after module code runs the loop for good, the plain Application
 * handlers belong to, and the stop 300 ms after the last client is done.
 */
import { describe, expect, it } from "vitest";
import { traceLines } from "./run-helpers";

describe("serving", () => {
  it("serves the application of a module that runs asyncio.run(main()) for good", () => {
    const source = `
import asyncio
import tornado

class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("Hello, world")

async def main():
    app = tornado.web.Application([(r"/", MainHandler)])
    app.listen(8888)
    print("listening")
    await asyncio.Event().wait()
    print("never")

asyncio.run(main())
print("never either")
`;
    expect(traceLines(source)).toEqual([
      "T0 print listening",
      "T0 client #1 send GET /",
      "T0 log INFO:tornado.access:200 GET / (127.0.0.1) 0.15ms",
      "T0 client #1 recv 200 Hello, world",
    ]);
  });

  it("gives handlers a plain Application of the routes, without the code's settings", () => {
    const source = `
# request: GET /s at 0
from tornado import web

class SHandler(web.RequestHandler):
    def get(self):
        self.write("%s %s" % (type(self.application).__name__, self.settings.get("debug")))

class App(web.Application):
    pass

app = App([(r"/s", SHandler)], debug=True)
`;
    expect(traceLines(source)).toContain("T0 client #1 recv 200 Application None");
  });

  it("stops 300 ms after the first 20 ms check that finds every client done", () => {
    const source = `
# request: GET /p at 0
from tornado import web
from tornado.ioloop import PeriodicCallback

class PHandler(web.RequestHandler):
    def get(self):
        PeriodicCallback(lambda: print("tick"), 100).start()
        self.write("p")
`;
    // The client is done at 0; the check at 50 ms sees it; the loop stops at 350 ms.
    expect(traceLines(source).filter((l) => l.endsWith("tick"))).toEqual([
      "T100 print tick",
      "T200 print tick",
      "T300 print tick",
    ]);
  });
});

/**
 * The CPU cost model: executed code takes virtual time, calibrated so a 3-million-
 * iteration `total += i` loop costs about what CPython 3.11 takes (~110 ms), and
 * `# cpu-speed:` scales it. A long loop visibly blocks other requests.
 */
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import type { EventOf, TraceEvent } from "../../src/trace";

const source = (speed: string) => `# request: GET /loop at 0
# request: GET /fast at 10
${speed}
from tornado import web

def work():
    total = 0
    for i in range(3000000):
        total += i
    return total

class LoopHandler(web.RequestHandler):
    def get(self):
        self.write(str(work()))

class FastHandler(web.RequestHandler):
    def get(self):
        self.write("fast")
`;

function recvMs(events: readonly TraceEvent[], request: number): number {
  const e = events.find((x): x is EventOf<"client-recv"> => x.kind === "client-recv" && x.request === request);
  if (!e) throw new Error(`no response for #${request}`);
  return e.t / 1000;
}

describe("CPU cost", () => {
  it("a 3M-iteration loop costs ~110 ms and delays the next request", () => {
    const { events } = runScenario(parseScenario(source("")).scenario);
    expect(recvMs(events, 1)).toBeGreaterThan(100);
    expect(recvMs(events, 1)).toBeLessThan(125);
    // /fast arrived at 10 ms but waits for the loop.
    expect(recvMs(events, 2)).toBeGreaterThanOrEqual(recvMs(events, 1));
  });

  it("# cpu-speed: 2 halves it", () => {
    const { events } = runScenario(parseScenario(source("# cpu-speed: 2")).scenario);
    expect(recvMs(events, 1)).toBeGreaterThan(50);
    expect(recvMs(events, 1)).toBeLessThan(63);
  });
});

describe("runaway code", () => {
  it("an endless loop in a handler stops with an event naming its line, keeping the trace so far", () => {
    const text = `# request: GET /spin at 0
from tornado import web

class SpinHandler(web.RequestHandler):
    def get(self):
        print("start")
        while True:
            pass
`;
    const { events } = runScenario(parseScenario(text).scenario);
    const kinds = events.map((e) => e.kind);
    expect(kinds).toContain("print");
    const runaway = events.find((e): e is EventOf<"runaway"> => e.kind === "runaway");
    expect(runaway?.line).toBe(8);
    expect(runaway?.message).toMatch(/line 8 ran for more than 5 s/);
    expect(kinds[kinds.length - 1]).toBe("end");
  });
});

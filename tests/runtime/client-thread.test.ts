import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { checkTrace, toConformance } from "../../src/trace";

const run = (source: string) => runScenario(parseScenario(source).scenario).events;
const lines = (source: string) =>
  toConformance(run(source))
    .trimEnd()
    .split("\n")
    .map((l) => l.replace(/ +/g, " "));

const handler = (body: string[]) =>
  ["from tornado import web", "import time", "class MainHandler(web.RequestHandler):", "    def get(self):", ...body]
    .map((l) => l + "\n")
    .join("");

// The client is another thread: it reads the response once the loop's thread lets go.
describe("the client's thread", () => {
  it("reads the response after the job that finished it, after the access log and on_finish", () => {
    const out = lines(handler(['        self.finish("x")', '        print("after")']));
    expect(out.slice(1)).toEqual([
      "T0 log INFO:tornado.access:200 GET / (127.0.0.1) 0.15ms",
      "T0 print after",
      "T0 client #1 recv 200 x",
    ]);
  });

  it("gets the GIL one switch interval (5 ms) into CPU work that follows finish()", () => {
    const source = handler([
      '        self.finish("x")',
      "        total = 0",
      "        for i in range(3000000):",
      "            total += i",
      '        print("done")',
    ]);
    const out = lines(source);
    expect(out).toContain("T5 client #1 recv 200 x");
    expect(out.find((l) => l.endsWith("print done"))).toMatch(/^T11\d /);
    expect(checkTrace(run(source))).toEqual([]);
  });

  it("gets it at once when the loop's thread blocks in time.sleep", () => {
    const out = lines(handler(['        self.finish("x")', "        time.sleep(0.5)", '        print("woke")']));
    expect(out).toContain("T0 client #1 recv 200 x");
    expect(out.find((l) => l.endsWith("print woke"))).toMatch(/^T500 /);
  });
});

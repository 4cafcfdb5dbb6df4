import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { toConsole } from "../../src/trace";
import { consoleLines, requestsOf } from "../../src/ui/console/consoleLines";

const trace = (text: string) => runScenario(parseScenario(text).scenario).events;
const S01 = readFileSync("tests/conformance/scenarios/s01_wrong_usage.py", "utf8");

describe("console lines", () => {
  it("say what Tornado's console says, line for line, in the same order", () => {
    for (const name of [
      "s01_wrong_usage",
      "s06_blocking_sleep",
      "s10_error_after_yield",
      "s16_two_requests_interleave",
    ]) {
      const text = readFileSync(`tests/conformance/scenarios/${name}.py`, "utf8");
      const events = trace(text);
      const release = parseScenario(text).scenario.tornado;
      const joined = consoleLines(events, release)
        .map((l) => l.text + "\n")
        .join("");
      expect(joined, name).toBe(toConsole(events, { release }));
    }
  });

  it("put the access line of the blog example before the coroutine's late prints", () => {
    const lines = consoleLines(trace(S01), "6.5");
    const texts = lines.map((l) => l.text);
    const access = texts.findIndex((t) => t.includes("200 POST /test"));
    expect(access).toBeGreaterThan(-1);
    expect(texts.indexOf("200")).toBeGreaterThan(access);
    expect(lines[texts.indexOf("200")].t).toBeGreaterThanOrEqual(100_000);
    expect(lines.every((l) => l.request === 1)).toBe(true);
  });

  it("know each line's request so the console can filter", () => {
    const text =
      "# request: GET /a at 0\n# request: GET /b at 10\nfrom tornado import web\nclass A(web.RequestHandler):\n    def get(self):\n        print('a', self.request.path)\nclass B(web.RequestHandler):\n    def get(self):\n        print('b')\nroutes = [(r'/a', A), (r'/b', B)]\n";
    const events = trace(text);
    const lines = consoleLines(events, "6.5");
    expect(lines.filter((l) => l.request === 2).map((l) => l.text)).toEqual([
      "b",
      expect.stringMatching(/\] 200 GET \/b \(127\.0\.0\.1\)/),
    ]);
    expect(requestsOf(events)).toEqual([
      { request: 1, label: "#1 GET /a" },
      { request: 2, label: "#2 GET /b" },
    ]);
  });

  it("show a load error's traceback and a runaway loop's line", () => {
    const load = consoleLines(trace("from tornado import web\nweb.asynchronous\n"), "6.5");
    expect(load).toEqual([
      expect.objectContaining({
        kind: "error",
        line: 2,
        text: expect.stringContaining("AttributeError: module 'tornado.web' has no attribute 'asynchronous'"),
      }),
    ]);
    const runaway = consoleLines(trace("while True:\n    pass\n"), "6.5");
    expect(runaway).toEqual([
      expect.objectContaining({
        kind: "error",
        line: 2,
        text: expect.stringMatching(/^\*\*\* stopped: .* \(line 2\)$/),
      }),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario, setRelease, type Release } from "../../src/scenario";

function waits(source: string, release: Release): string[] {
  const events = runScenario(parseScenario(setRelease(source, release)).scenario).events;
  return events.flatMap((e) => (e.kind === "yield" ? [`${e.fn}@${e.line}`] : []));
}

const NESTED = [
  "# remote: example.com 50",
  "from tornado import gen, web",
  "from tornado.httpclient import AsyncHTTPClient",
  "",
  "class AwHandler(web.RequestHandler):",
  "    async def get(self):",
  '        await AsyncHTTPClient().fetch("http://example.com/")',
  "        await self.helper()",
  '        self.write("ok")',
  "",
  "    async def helper(self):",
  '        await AsyncHTTPClient().fetch("http://example.com/x")',
  "",
].join("\n");

const GEN = [
  "# remote: example.com 50",
  "from tornado import gen, web",
  "from tornado.httpclient import AsyncHTTPClient",
  "",
  "class GenHandler(web.RequestHandler):",
  "    @gen.coroutine",
  "    def get(self):",
  "        r = yield self.helper()",
  "        self.write(r)",
  "",
  "    @gen.coroutine",
  "    def helper(self):",
  '        r = yield AsyncHTTPClient().fetch("http://example.com/")',
  '        raise gen.Return("ok")',
  "",
].join("\n");

// setRelease puts a `# tornado:` line first, so source lines are one more than above.
describe("the line a coroutine waits at", () => {
  it("is the innermost awaiting frame of native coroutines (6.5)", () => {
    expect(waits(NESTED, "6.5")).toEqual(["AwHandler.get@8", "AwHandler.helper@13"]);
  });

  it("is the innermost awaiting frame of native coroutines, after Tornado's own _execute (5.1)", () => {
    // 5.1's _execute is a gen.coroutine that yields the Task running get().
    expect(waits(NESTED, "5.1")).toEqual(["AwHandler._execute@0", "AwHandler.get@8", "AwHandler.helper@13"]);
  });

  it.each(["3.2", "4.5", "6.5"] as const)("is each gen.coroutine's own yield (%s)", (release) => {
    // Tornado's own _execute (line 0) also waits, from 4.x, on get()'s Future.
    expect(waits(GEN, release).filter((w) => !w.endsWith("@0"))).toEqual(["GenHandler.helper@14", "GenHandler.get@9"]);
  });
});

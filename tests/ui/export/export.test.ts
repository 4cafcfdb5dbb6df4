// @vitest-environment jsdom
/**
 * The export files: the chart's SVG (parsed back as XML), the trace file and the
 * scenario file, on real runs of the conformance scenarios.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/runtime";
import { parseScenario } from "../../../src/scenario";
import { spans } from "../../../src/trace/spans";
import type { TraceEvent } from "../../../src/trace/types";
import { chartSvg, escapeXml, niceTicks, releaseTitle, scenarioFile, svgFile, traceFile } from "../../../src/ui/export";

const SCENARIOS = join(__dirname, "..", "..", "conformance", "scenarios");
const source = (name: string) => readFileSync(join(SCENARIOS, `${name}.py`), "utf8");
const run = (text: string): readonly TraceEvent[] => runScenario(parseScenario(text).scenario).events;

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

describe("chart SVG", () => {
  it("draws every lane, span and marker of the chart model", () => {
    const events = run(source("s01_wrong_usage"));
    const model = spans(events);
    const doc = parseSvg(chartSvg(events, { title: "Tornado 6.5" }));
    const svg = doc.documentElement;
    expect(svg.tagName).toBe("svg");
    expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(doc.querySelectorAll("g.spans > rect")).toHaveLength(model.spans.length);
    expect(doc.querySelectorAll("g.markers > *")).toHaveLength(model.markers.length);
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    for (const lane of model.lanes)
      expect(texts).toContain(lane.label.length > 34 ? `${lane.label.slice(0, 33)}…` : lane.label);
    expect(texts).toContain("Tornado 6.5");
    expect(texts.some((t) => /^\d+(\.\d+)? ms$/.test(t ?? ""))).toBe(true);
  });

  it("shows the response-sent moment, and work after it only where the code does some", () => {
    const wrong = parseSvg(chartSvg(run(source("s01_wrong_usage"))));
    const right = parseSvg(chartSvg(run(source("s02_coroutine_yield"))));
    expect(wrong.querySelectorAll('[data-kind="response-sent"]')).toHaveLength(1);
    expect(right.querySelectorAll('[data-kind="response-sent"]')).toHaveLength(1);
    expect(wrong.querySelectorAll('rect[data-kind="after-response"]').length).toBeGreaterThan(0);
    expect(right.querySelectorAll('rect[data-kind="after-response"]')).toHaveLength(0);
  });

  it("marks the loop blocked by time.sleep", () => {
    const doc = parseSvg(chartSvg(run(source("s06_blocking_sleep"))));
    const blocked = doc.querySelectorAll('rect[data-kind="blocked"]');
    expect(blocked).toHaveLength(1);
    expect(blocked[0].querySelector("title")?.textContent).toMatch(/time\.sleep\(0\.3\)/);
  });

  it("keeps printed text as text, never as markup", () => {
    const code = [
      "# request: GET /x at 0",
      "from tornado import web",
      "class XHandler(web.RequestHandler):",
      "    def get(self):",
      `        print("<script>alert('x')</script> & \\x01")`,
      "",
    ].join("\n");
    const text = chartSvg(run(code));
    const doc = parseSvg(text);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(
      [...doc.querySelectorAll("title")].some((t) => t.textContent?.includes("<script>alert('x')</script> &")),
    ).toBe(true);
  });

  it("uses the dark colours when asked", () => {
    const events = run(source("s02_coroutine_yield"));
    const light = parseSvg(chartSvg(events)).querySelector("svg > rect")?.getAttribute("fill");
    const dark = parseSvg(chartSvg(events, { theme: "dark" }))
      .querySelector("svg > rect")
      ?.getAttribute("fill");
    expect(light).toBe("#ffffff");
    expect(dark).not.toBe(light);
  });

  it.each([
    [0, 1000, [0, 200, 400, 600, 800, 1000]],
    [0, 250, [0, 50, 100, 150, 200, 250]],
    [-2, 7, [-2, 0, 2, 4, 6]],
    [0, 0.3, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]],
    [5, 5, [5]],
  ])("ticks for [%s, %s]", (lo, hi, ticks) => {
    expect(niceTicks(lo, hi)).toEqual(ticks);
  });

  it("escapes the XML specials and drops control characters", () => {
    expect(escapeXml(`a<b>&"c'\u0001\t`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;\t");
  });
});

describe("export files", () => {
  it("trace: Chrome Trace Event JSON named after the release", () => {
    const text = source("s02_coroutine_yield");
    const f = traceFile(run(text), `# tornado: 4.5\n${text}`);
    expect(f.name).toBe("tornado-trace.json");
    const json = JSON.parse(f.text);
    expect(json.displayTimeUnit).toBe("ms");
    expect(json.traceEvents.find((e: { name: string }) => e.name === "process_name").args.name).toBe("Tornado 4.5");
    expect(json.traceEvents.some((e: { ph: string }) => e.ph === "X")).toBe(true);
  });

  it("svg: an SVG file with its MIME type", () => {
    const text = source("s08_parallel_fetch");
    const f = svgFile(run(text), text);
    expect(f).toMatchObject({ name: "tornado-chart.svg", mime: "image/svg+xml" });
    expect(f.text).toMatch(/^<\?xml [^>]*\?>\n<svg /);
  });

  it("scenario: the text as written, which parses to the same scenario", () => {
    const text = source("s04_asynchronous_no_finish").replace("# request:", "# tornado: 3.2\n# request:");
    const f = scenarioFile(text);
    expect(f).toEqual({ name: "scenario.py", mime: "text/x-python", text });
    expect(parseScenario(f.text).scenario.tornado).toBe("3.2");
    expect(releaseTitle(text)).toBe("Tornado 3.2");
    expect(releaseTitle("print(1)\n")).toBe("Tornado 6.5");
  });
});

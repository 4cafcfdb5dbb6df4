/**
 * The files the Export menu offers, as pure data: a name, a MIME type and the
 * contents. The PNG is made from the chart in the page (./rasterize.ts), so it is
 * not here.
 */
import { parseScenario } from "../../scenario";
import { chromeTraceJson } from "../../trace/chrome";
import type { TraceEvent } from "../../trace/types";
import { chartSvg, type ChartSvgOptions } from "./chartSvg";

/** One downloadable text file. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}

/** File names, one per export; `scenario.py` is what the command-line runner reads. */
export const EXPORT_NAMES = {
  trace: "tornado-trace.json",
  svg: "tornado-chart.svg",
  png: "tornado-chart.png",
  scenario: "scenario.py",
} as const;

/** `Tornado 6.5`: the release the scenario text asks for (its `# tornado:` line). */
export function releaseTitle(scenarioText: string): string {
  return `Tornado ${parseScenario(scenarioText).scenario.tornado}`;
}

/** The trace as Chrome Trace Event JSON, for Perfetto and chrome://tracing. */
export function traceFile(events: readonly TraceEvent[], scenarioText: string): ExportFile {
  return {
    name: EXPORT_NAMES.trace,
    mime: "application/json",
    text: chromeTraceJson(events, { title: releaseTitle(scenarioText) }),
  };
}

/** The chart as an SVG document. */
export function svgFile(
  events: readonly TraceEvent[],
  scenarioText: string,
  options: Omit<ChartSvgOptions, "title"> = {},
): ExportFile {
  return {
    name: EXPORT_NAMES.svg,
    mime: "image/svg+xml",
    text: chartSvg(events, { ...options, title: releaseTitle(scenarioText) }),
  };
}

/** The scenario exactly as written: directives, code and all. */
export function scenarioFile(scenarioText: string): ExportFile {
  return { name: EXPORT_NAMES.scenario, mime: "text/x-python", text: scenarioText };
}

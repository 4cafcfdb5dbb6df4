/**
 * Exports of a run: the trace as Chrome Trace Event JSON (Perfetto), the chart as
 * SVG and PNG, and the scenario as a `.py` file. The page mounts {@link ExportMenu}.
 */
export { ExportMenu } from "./ExportMenu";
export type { ExportMenuProps } from "./ExportMenu";
export { chartSvg, escapeXml, niceTicks } from "./chartSvg";
export type { ChartSvgOptions } from "./chartSvg";
export { EXPORT_NAMES, scenarioFile, svgFile, traceFile, releaseTitle } from "./files";
export type { ExportFile } from "./files";

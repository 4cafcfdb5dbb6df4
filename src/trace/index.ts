/**
 * The trace: the typed event schema the runtime emits, and the views derived from
 * it. A leaf: imports nothing of the project's but scenario types.
 */
export * from "./time";
export * from "./types";
export { TRACE_EVENT_KINDS, SPAN_KINDS } from "./kinds";
export { TraceRecorder } from "./recorder";
export { checkTrace } from "./validate";
export { toConformance, conformanceLines, logText, warningText } from "./conformance";
export type { ConformanceLine } from "./conformance";
export { toConsole, formatLogRecord, formatWarning, consoleTimestamp, CONSOLE_EPOCH } from "./console";
export type { ConsoleOptions } from "./console";
export { spans, requestOf } from "./spans";
export type { Lane, LaneId, Span, SpanKind, Marker, MarkerKind, SpanModel } from "./spans";
export { compareTraces, parseTrace } from "./compare";
export type { CompareOptions, CompareResult, TraceLine } from "./compare";
export { TimeScale, niceStep } from "./scale";
export type { Tick } from "./scale";
export { toChromeTrace, chromeTraceJson, CHROME_PID, CHROME_LOOP_TID } from "./chrome";
export type { ChromeTrace, ChromeTraceEvent, ChromePhase, ChromeTraceOptions } from "./chrome";

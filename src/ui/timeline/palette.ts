/**
 * The chart's colours, one palette object per theme. The canvas cannot read CSS
 * variables cheaply at 60 fps, so drawing takes these values; the legend uses the
 * same ones so it always matches.
 *
 * Request colours avoid red and amber: red means "the loop is blocked" and amber
 * means "work after the response was sent", and neither may be mistaken for a request.
 */
import type { LogLevel } from "../../trace/types";

export interface Palette {
  readonly bg: string;
  /** Every other lane's background, so lanes read as rows. */
  readonly laneAlt: string;
  readonly separator: string;
  readonly grid: string;
  readonly text: string;
  readonly muted: string;
  /** Text drawn on a solid request colour. */
  readonly onSolid: string;
  /** One colour per request, cycled: request n gets `requests[(n - 1) % length]`. */
  readonly requests: readonly string[];
  /** Code of no request (the module, the loop's own callbacks, a lone task). */
  readonly neutral: string;
  readonly idle: string;
  readonly waiting: string;
  readonly clientWait: string;
  /** Work after the response was sent. */
  readonly after: string;
  readonly afterText: string;
  readonly blocked: string;
  readonly blockedBg: string;
  readonly queued: string;
  readonly ok: string;
  readonly error: string;
  readonly warning: string;
  readonly link: string;
  /** The outline of spans and markers whose source line is highlighted. */
  readonly highlight: string;
  readonly selection: string;
  readonly cursor: string;
  /** Laid over everything after the playback cursor. */
  readonly dim: string;
  readonly logLevels: Readonly<Record<LogLevel, string>>;
}

export const LIGHT: Palette = {
  bg: "#ffffff",
  laneAlt: "#f6f7f9",
  separator: "#e1e5ea",
  grid: "#eceff3",
  text: "#1f2933",
  muted: "#5f6b7a",
  onSolid: "#ffffff",
  requests: ["#3467cf", "#23875a", "#8250c4", "#127f8c", "#b83b82", "#4f6987"],
  neutral: "#7b8794",
  idle: "#eef0f3",
  waiting: "#c5ccd6",
  clientWait: "#a3adba",
  after: "#e07b00",
  afterText: "#8a4600",
  blocked: "#d42a2a",
  blockedBg: "#fbe1e1",
  queued: "#cfd5dd",
  ok: "#1d8a4c",
  error: "#d42a2a",
  warning: "#d98a00",
  link: "#7b8794",
  highlight: "#111827",
  selection: "#2f6fde",
  cursor: "#2f6fde",
  dim: "rgba(255, 255, 255, 0.62)",
  logLevels: { DEBUG: "#9aa5b1", INFO: "#3467cf", WARNING: "#d98a00", ERROR: "#d42a2a", CRITICAL: "#8b0000" },
};

export const DARK: Palette = {
  bg: "#16191d",
  laneAlt: "#1b1f24",
  separator: "#2b3138",
  grid: "#23282e",
  text: "#e4e7eb",
  muted: "#9aa5b1",
  onSolid: "#0d0f12",
  requests: ["#6f9bf0", "#4cc384", "#b28ce8", "#3fbfcc", "#e46fb0", "#8ea6c4"],
  neutral: "#7b8794",
  idle: "#20252b",
  waiting: "#4a525d",
  clientWait: "#5f6b7a",
  after: "#f5a524",
  afterText: "#ffc86b",
  blocked: "#ff5c5c",
  blockedBg: "#3d1f22",
  queued: "#3a424c",
  ok: "#4cc384",
  error: "#ff5c5c",
  warning: "#f5a524",
  link: "#9aa5b1",
  highlight: "#ffffff",
  selection: "#5b8def",
  cursor: "#5b8def",
  dim: "rgba(22, 25, 29, 0.66)",
  logLevels: { DEBUG: "#7b8794", INFO: "#6f9bf0", WARNING: "#f5a524", ERROR: "#ff5c5c", CRITICAL: "#ff8a8a" },
};

/** The palette of a theme. */
export function paletteFor(theme: "light" | "dark"): Palette {
  return theme === "dark" ? DARK : LIGHT;
}

/** The colour of a request's code; the neutral colour for code of no request. */
export function requestColor(p: Palette, request: number | null): string {
  return request === null
    ? p.neutral
    : p.requests[(((request - 1) % p.requests.length) + p.requests.length) % p.requests.length];
}

/** `#rrggbb` with an alpha, as `rgba(...)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

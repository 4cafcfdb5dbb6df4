/**
 * The swimlane chart as a standalone SVG document: the lanes of `spans()` (the
 * IOLoop, each request, tasks, fetches), their spans and markers, a time axis in
 * milliseconds and a legend-free title line. Pure: a string in, a string out, so it
 * serves the SVG download, the PNG rasterization and tests alike.
 *
 * Every text goes through {@link escapeXml}; nothing of the trace becomes markup.
 */
import { spans as spanModel, type Marker, type Span } from "../../trace/spans";
import type { TraceEvent } from "../../trace/types";

/** Options of {@link chartSvg}. */
export interface ChartSvgOptions {
  readonly theme?: "light" | "dark";
  /** Total width in CSS pixels; default 1200. */
  readonly width?: number;
  /** A line above the chart, e.g. `Tornado 6.5`. */
  readonly title?: string;
}

interface Colors {
  readonly bg: string;
  readonly laneAlt: string;
  readonly grid: string;
  readonly text: string;
  readonly muted: string;
  readonly span: Readonly<Record<string, string>>;
  readonly info: string;
  readonly warning: string;
  readonly error: string;
  readonly sent: string;
}

const LIGHT: Colors = {
  bg: "#ffffff",
  laneAlt: "#f5f6f8",
  grid: "#e3e6ea",
  text: "#1d2329",
  muted: "#6b7480",
  span: {
    "client-wait": "#c9d6e8",
    waiting: "#b8c0cc",
    running: "#2f6fb3",
    "after-response": "#d98a00",
    "suspended-after-response": "#f3d9a6",
    suspended: "#a9c7e8",
    idle: "#eef0f3",
    blocked: "#c62828",
    queued: "#c7b8e0",
    "in-flight": "#7b5cb8",
  },
  info: "#37474f",
  warning: "#b26a00",
  error: "#c62828",
  sent: "#1b8a3a",
};

const DARK: Colors = {
  bg: "#15191e",
  laneAlt: "#1b2026",
  grid: "#2b323a",
  text: "#e4e8ec",
  muted: "#9aa4ae",
  span: {
    "client-wait": "#2c3a4d",
    waiting: "#4a525d",
    running: "#5b9bdc",
    "after-response": "#f0a422",
    "suspended-after-response": "#6b4f1c",
    suspended: "#35557a",
    idle: "#20262d",
    blocked: "#ef5350",
    queued: "#4d3f6b",
    "in-flight": "#a58ae0",
  },
  info: "#b0bec5",
  warning: "#ffb74d",
  error: "#ef5350",
  sent: "#5cc97a",
};

const LABEL_W = 220;
const AXIS_H = 28;
const TITLE_H = 22;
const LANE_H = 24;
const BAR_H = 14;
const PAD_R = 16;
const PAD_B = 8;
const LEGEND_H = 22;

/** What the legend names, in its order. */
const LEGEND: readonly [kind: string, label: string][] = [
  ["running", "running"],
  ["suspended", "suspended (yield/await)"],
  ["after-response", "after the response"],
  ["blocked", "loop blocked"],
  ["queued", "fetch queued"],
  ["in-flight", "fetch in flight"],
];

/** `s` with the five XML special characters escaped (and control characters dropped). */
export function escapeXml(s: string): string {
  // XML 1.0 allows no control characters but tab, newline and carriage return.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[<>&"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" };

/** Round tick positions (steps of 1, 2 or 5 times a power of ten) covering [lo, hi], at most about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 8): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const fmt = (n: number) => Number(n.toFixed(2)).toString();

/** The chart of `events` as an SVG document (UTF-8 text, with its XML declaration). */
export function chartSvg(events: readonly TraceEvent[], options: ChartSvgOptions = {}): string {
  const c = options.theme === "dark" ? DARK : LIGHT;
  const width = Math.max(480, Math.round(options.width ?? 1200));
  const model = spanModel(events);
  const top = (options.title ? TITLE_H : 0) + AXIS_H;
  const lanesBottom = top + model.lanes.length * LANE_H;
  const height = lanesBottom + PAD_B + LEGEND_H;
  const t0 = Math.min(0, model.start);
  const t1 = Math.max(model.end, t0 + 1000);
  const plotW = width - LABEL_W - PAD_R;
  const x = (t: number) => LABEL_W + ((t - t0) / (t1 - t0)) * plotW;
  const laneY = new Map(model.lanes.map((l, i) => [l.id, top + i * LANE_H]));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11">`,
  );
  out.push(`<title>${escapeXml(options.title ?? "Tornado Playground chart")}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="${c.bg}"/>`);
  if (options.title) {
    out.push(`<text x="8" y="15" fill="${c.text}" font-weight="600">${escapeXml(options.title)}</text>`);
  }

  // Lanes: alternating rows and labels.
  model.lanes.forEach((l, i) => {
    const y = top + i * LANE_H;
    if (i % 2 === 1) out.push(`<rect x="0" y="${y}" width="${width}" height="${LANE_H}" fill="${c.laneAlt}"/>`);
    const label = l.label.length > 34 ? `${l.label.slice(0, 33)}…` : l.label;
    out.push(
      `<text x="8" y="${y + LANE_H / 2 + 4}" fill="${l.kind === "loop" ? c.text : c.muted}">${escapeXml(label)}</text>`,
    );
  });

  // The time axis: ticks in ms with grid lines through every lane.
  const axisY = top - 8;
  out.push(`<g class="axis" fill="${c.muted}" text-anchor="middle">`);
  for (const ms of niceTicks(t0 / 1000, t1 / 1000)) {
    const px = fmt(x(ms * 1000));
    out.push(`<line x1="${px}" y1="${axisY + 2}" x2="${px}" y2="${lanesBottom}" stroke="${c.grid}"/>`);
    out.push(`<text x="${px}" y="${axisY - 2}">${escapeXml(`${fmt(ms)} ms`)}</text>`);
  }
  out.push("</g>");

  out.push('<g class="spans">');
  // Blocked stretches lie on top of the run they interrupt.
  const ordered = [
    ...model.spans.filter((s) => s.kind !== "blocked"),
    ...model.spans.filter((s) => s.kind === "blocked"),
  ];
  for (const s of ordered) out.push(spanRect(s, c, x, laneY));
  out.push("</g>");
  out.push('<g class="markers">');
  for (const m of model.markers) out.push(markerGlyph(m, c, x, laneY));
  out.push("</g>");
  out.push(legend(c, lanesBottom + PAD_B + 4));
  out.push("</svg>");
  return out.join("\n") + "\n";
}

function legend(c: Colors, y: number): string {
  const out = [`<g class="legend" fill="${c.muted}">`];
  let x = 8;
  for (const [kind, label] of LEGEND) {
    out.push(`<rect x="${x}" y="${y}" width="12" height="10" fill="${c.span[kind]}"/>`);
    out.push(`<text x="${x + 16}" y="${y + 9}">${escapeXml(label)}</text>`);
    x += 28 + label.length * 6;
  }
  out.push(`<rect x="${x}" y="${y - 1}" width="3" height="12" fill="${c.sent}"/>`);
  out.push(`<text x="${x + 8}" y="${y + 9}">response sent</text>`);
  out.push("</g>");
  return out.join("");
}

function spanRect(s: Span, c: Colors, x: (t: number) => number, laneY: Map<string, number>): string {
  const y0 = laneY.get(s.lane);
  if (y0 === undefined) return "";
  const thin = s.kind === "client-wait" || s.kind === "idle";
  const h = thin ? 4 : BAR_H;
  const y = thin ? y0 + 2 : y0 + (LANE_H - BAR_H) / 2;
  const left = x(s.t);
  // A zero-length run still held the loop: keep it visible as a hairline.
  const w = Math.max(x(s.end) - left, 0.75);
  const fill = c.span[s.kind] ?? c.muted;
  const title = `${s.kind}: ${s.label} (${fmt(s.t / 1000)}–${fmt(s.end / 1000)} ms)${s.line ? `, line ${s.line}` : ""}`;
  return (
    `<rect x="${fmt(left)}" y="${fmt(y)}" width="${fmt(w)}" height="${h}" fill="${fill}" data-kind="${escapeXml(s.kind)}">` +
    `<title>${escapeXml(title)}</title></rect>`
  );
}

function markerGlyph(m: Marker, c: Colors, x: (t: number) => number, laneY: Map<string, number>): string {
  const y0 = laneY.get(m.lane);
  if (y0 === undefined) return "";
  const cx = fmt(x(m.t));
  const cy = y0 + LANE_H / 2;
  const color = m.severity === "error" ? c.error : m.severity === "warning" ? c.warning : c.info;
  const title = `<title>${escapeXml(`${m.kind}: ${m.label} (${fmt(m.t / 1000)} ms)`)}</title>`;
  const kind = `data-kind="${escapeXml(m.kind)}"`;
  switch (m.kind) {
    case "response-sent": {
      // The moment the response left: a tall bar that stands out on its lane.
      const fill = m.severity === "info" ? c.sent : color;
      return `<rect x="${fmt(x(m.t) - 1.5)}" y="${y0 + 2}" width="3" height="${LANE_H - 4}" fill="${fill}" ${kind}>${title}</rect>`;
    }
    case "print":
    case "log":
    case "warning":
    case "error":
    case "client-error":
    case "fetch-fail":
      return `<circle cx="${cx}" cy="${cy}" r="3" fill="${color}" stroke="${c.bg}" stroke-width="1" ${kind}>${title}</circle>`;
    default:
      return `<path d="M${cx} ${cy - 4}l3 4l-3 4l-3-4z" fill="${color}" opacity="0.8" ${kind}>${title}</path>`;
  }
}

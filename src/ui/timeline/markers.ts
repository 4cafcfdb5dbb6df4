/**
 * Point markers: their glyphs, the response-sent bar and guide, and their labels,
 * placed by importance so that "response sent" and errors always get theirs and
 * prints and logs take what room is left.
 */
import type { Marker } from "../../trace/spans";
import { BOLD_FONT, FONT, fitText, textWidth, type DrawContext } from "./text";
import type { LaneBox } from "./layout";
import { withAlpha, type Palette } from "./palette";
import { QUIET_MARKERS, lowerBound, markerPos, type Rect, type View } from "./view";

interface LabelCandidate {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly priority: number;
  readonly color: string;
  readonly bold: boolean;
  /** Drawn as text on a solid pill of `color` (the response-sent label). */
  readonly pill?: boolean;
}

/** Draws every visible marker of every lane, then their labels. */
export function drawMarkers(ctx: DrawContext, view: View, plot: Rect): void {
  for (const box of view.layout.lanes) {
    const data = view.index.byLane.get(box.lane.id);
    if (!data || data.markers.length === 0) continue;
    const t0 = view.scale.toTime(plot.x - 8);
    const t1 = view.scale.toTime(plot.x + plot.w + 8);
    const labels: LabelCandidate[] = [];
    const glyphs: { m: Marker; x: number; y: number }[] = [];
    const lastX = new Map<string, number>();
    const ms = data.markers;
    for (let i = lowerBound(ms, t0); i < ms.length && ms[i].t <= t1; i++) {
      const m = ms[i];
      if (QUIET_MARKERS.has(m.kind)) continue;
      const pos = markerPos(view, box, m);
      // Markers of one kind closer than a couple of pixels look like one: draw one.
      const key = `${m.kind}:${m.severity}:${m.afterResponse}`;
      const prev = lastX.get(key);
      if (prev !== undefined && Math.abs(pos.x - prev) < 2 && m.kind !== "response-sent") continue;
      lastX.set(key, pos.x);
      if (m.kind === "response-sent") responseGuide(ctx, view, box, pos.x, severityColor(view.palette, m));
      glyphs.push({ m, x: pos.x, y: pos.y });
      // The response-sent bar spans the lane; its label sits on the marker row.
      const c = labelOf(view.palette, m, pos.x, m.kind === "response-sent" ? box.markerY : pos.y);
      if (c) labels.push(c);
    }
    // Labels first, so a label never hides another marker's glyph.
    placeLabels(ctx, view, labels, plot);
    const batch = new GlyphBatch();
    for (const g of glyphs) glyph(ctx, view.palette, box, g.m, g.x, g.y, batch);
    batch.fill(ctx);
  }
}

/**
 * Small round and triangular glyphs of one colour and size, filled as one path:
 * a lane can show hundreds of prints and logs, and one fill per glyph is what
 * makes a zoomed-out frame slow.
 */
class GlyphBatch {
  private readonly shapes = new Map<string, { shape: "disc" | "triangle"; color: string; r: number; at: number[] }>();

  add(shape: "disc" | "triangle", color: string, r: number, x: number, y: number): void {
    const key = `${shape}|${color}|${r}`;
    let s = this.shapes.get(key);
    if (!s) this.shapes.set(key, (s = { shape, color, r, at: [] }));
    s.at.push(x, y);
  }

  fill(ctx: DrawContext): void {
    for (const { shape, color, r, at } of this.shapes.values()) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (let i = 0; i < at.length; i += 2) {
        const x = at[i];
        const y = at[i + 1];
        if (shape === "disc") {
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, Math.PI * 2);
        } else {
          ctx.moveTo(x, y - r);
          ctx.lineTo(x + r, y + r * 0.8);
          ctx.lineTo(x - r, y + r * 0.8);
          ctx.closePath();
        }
      }
      ctx.fill();
    }
  }
}

function severityColor(p: Palette, m: Marker): string {
  return m.severity === "error" ? p.error : m.severity === "warning" ? p.warning : p.ok;
}

/** The response-sent guide: a dashed line down through the request's own fetch lanes,
 * so a fetch still in flight after it is plain to see. */
function responseGuide(ctx: DrawContext, view: View, box: LaneBox, x: number, color: string): void {
  let bottom = box.y + box.height;
  for (const b of view.layout.lanes.slice(box.index + 1)) {
    if (b.lane.kind !== "fetch" || b.lane.request !== box.lane.request) break;
    bottom = b.y + b.height;
  }
  if (bottom > box.y + box.height) {
    ctx.strokeStyle = withAlpha(color, 0.7);
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, box.y + box.height);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function glyph(ctx: DrawContext, p: Palette, box: LaneBox, m: Marker, x: number, y: number, batch: GlyphBatch): void {
  switch (m.kind) {
    case "response-sent":
      ctx.fillStyle = severityColor(p, m);
      ctx.fillRect(x - 1.5, box.y + 2, 3, box.height - 4);
      disc(ctx, x, y, 4.5, severityColor(p, m));
      break;
    case "finish":
      ctx.fillStyle = m.severity === "error" ? p.error : p.text;
      ctx.beginPath();
      ctx.moveTo(x, y - 4.5);
      ctx.lineTo(x + 4.5, y);
      ctx.lineTo(x, y + 4.5);
      ctx.lineTo(x - 4.5, y);
      ctx.closePath();
      ctx.fill();
      break;
    case "recv":
    case "fetch-done":
      batch.add("disc", m.severity === "error" ? p.error : p.ok, 3.5, x, y);
      break;
    case "client-error":
    case "fetch-fail":
    case "on-connection-close":
      cross(ctx, x, y, 4, m.kind === "on-connection-close" ? p.warning : p.error);
      break;
    case "print":
      batch.add("disc", m.afterResponse ? p.after : p.muted, m.afterResponse ? 4 : 2.5, x, y);
      break;
    case "log":
      batch.add("triangle", m.level ? p.logLevels[m.level] : p.muted, 4, x, y);
      break;
    case "warning":
      batch.add("triangle", p.warning, 5.5, x, y);
      break;
    case "error":
      ctx.fillStyle = p.error;
      ctx.fillRect(x - 4, y - 4, 8, 8);
      cross(ctx, x, y, 2.5, p.bg);
      break;
    case "runaway":
      disc(ctx, x, y, 5.5, p.error);
      ctx.fillStyle = p.bg;
      ctx.fillRect(x - 3, y - 1, 6, 2);
      break;
    case "send":
    case "dispatch":
    case "on-finish":
      batch.add("disc", p.muted, 2, x, y);
      break;
  }
}

function labelOf(p: Palette, m: Marker, x: number, y: number): LabelCandidate | null {
  const at = (priority: number, text: string, color: string, bold = false): LabelCandidate => ({
    text,
    x,
    y,
    priority,
    color,
    bold,
  });
  switch (m.kind) {
    case "response-sent":
      return { ...at(0, m.label, severityColor(p, m), true), pill: true };
    case "runaway":
      return at(1, m.label, p.error, true);
    case "client-error":
      return at(1, m.label, p.error, true);
    case "error":
    case "fetch-fail":
      return at(2, m.label, p.error);
    case "recv":
      return at(2, m.label, m.severity === "error" ? p.error : p.ok);
    case "finish":
      return at(3, m.label, p.text);
    case "print":
      return m.afterResponse ? at(3, `print: ${m.label}`, p.afterText, true) : at(6, `print: ${m.label}`, p.muted);
    case "warning":
      return at(4, m.label, p.warning);
    case "log":
      if (m.severity === "error") return at(3, m.label, p.error);
      if (m.severity === "warning") return at(4, m.label, p.warning);
      return at(7, m.label, p.muted);
    case "fetch-done":
      return at(5, m.label, p.muted);
    default:
      return null;
  }
}

/** Places labels most important first, each right of its glyph (or left when it would
 * run off the plot), skipping any that would overlap one already placed on its row. */
function placeLabels(ctx: DrawContext, view: View, labels: LabelCandidate[], plot: Rect): void {
  labels.sort((a, b) => a.priority - b.priority || a.x - b.x);
  const taken = new Map<number, [number, number][]>();
  let placedCount = 0;
  const overlaps = (row: readonly [number, number][], x: number, w: number) =>
    row.some(([a, b]) => x < b + 6 && x + w > a - 6);
  for (const c of labels) {
    if (placedCount > 400) break;
    const room = c.priority <= 2 ? 260 : 160;
    const gap = c.pill ? 9 : 7;
    const row = taken.get(c.y) ?? [];
    // Where markers are dense most labels cannot fit: rule them out before measuring.
    if (row.length > 0 && overlaps(row, c.x + gap, 20) && overlaps(row, c.x - gap - 20, 20)) continue;
    ctx.font = c.bold ? BOLD_FONT : FONT;
    const text = fitText(ctx, c.text, room);
    if (!text) continue;
    const w = textWidth(ctx, text);
    const x = c.x + gap + w <= plot.x + plot.w ? c.x + gap : c.x - gap - w;
    if (x < plot.x) continue;
    if (overlaps(row, x, w)) continue;
    row.push([x, x + w]);
    taken.set(c.y, row);
    placedCount++;
    ctx.fillStyle = c.pill ? c.color : withAlpha(view.palette.bg, 0.8);
    ctx.fillRect(x - (c.pill ? 4 : 2), c.y - 7, w + (c.pill ? 8 : 4), 14);
    ctx.fillStyle = c.pill ? view.palette.bg : c.color;
    ctx.textAlign = "left";
    ctx.fillText(text, x, c.y + 0.5);
  }
  ctx.font = FONT;
}

function disc(ctx: DrawContext, x: number, y: number, r: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

function cross(ctx: DrawContext, x: number, y: number, r: number, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y + r);
  ctx.moveTo(x + r, y - r);
  ctx.lineTo(x - r, y + r);
  ctx.stroke();
}

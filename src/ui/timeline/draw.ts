/**
 * `drawSwimlane(ctx, view)`: paints one frame of the chart on a 2D context. Pure
 * apart from the context: the same view always gives the same calls, which is what
 * the tests record. Overlays that follow the pointer (hover, selection, the axis
 * text, the cursor line) are SVG, drawn elsewhere.
 *
 * Cost is bounded by what is visible: each lane is culled by time, spans narrower
 * than a pixel merge with their neighbours of the same style, and outlines, hatching
 * and text are drawn only for spans wide enough to show them.
 */
import { SLOT_WAIT_LABEL, type Link, type Marker, type Span, type SpanKind } from "../../trace/spans";
import type { LaneBox } from "./layout";
import { BOLD_FONT, FONT, fitText, textWidth, type DrawContext } from "./text";
import { drawLaneLabels } from "./labels";
import { drawMarkers } from "./markers";
import { requestColor, withAlpha, type Palette } from "./palette";
import { DRAW_ORDER, MIN_SPAN_PX, lowerBound, spanRect, type Rect, type View } from "./view";

/** Paints the whole chart for `view`. */
export function drawSwimlane(ctx: DrawContext, view: View): void {
  const { layout, palette: p } = view;
  ctx.save();
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const box of layout.lanes) {
    if (box.index % 2 === 1) {
      ctx.fillStyle = p.laneAlt;
      ctx.fillRect(0, box.y, layout.width, box.height);
    }
    ctx.fillStyle = p.separator;
    ctx.fillRect(0, box.y + box.height - 1, layout.width, 1);
  }

  const plot: Rect = {
    x: layout.plotLeft,
    y: layout.axisHeight,
    w: layout.plotRight - layout.plotLeft,
    h: layout.height - layout.axisHeight,
  };
  ctx.fillStyle = p.grid;
  for (const tick of view.scale.ticks()) {
    if (tick.px >= plot.x && tick.px <= plot.x + plot.w) ctx.fillRect(Math.round(tick.px), plot.y, 1, plot.h);
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.x, plot.y, plot.w, plot.h);
  ctx.clip();
  ctx.font = FONT;
  ctx.textBaseline = "middle";
  for (const box of layout.lanes) drawLaneSpans(ctx, view, box, plot);
  drawLinks(ctx, view, view.index.model.links);
  drawMarkers(ctx, view, plot);
  if (view.highlight.size > 0) drawHighlights(ctx, view, plot);
  if (view.cursor !== null) {
    const x = Math.max(plot.x, view.scale.toPx(view.cursor));
    if (x < plot.x + plot.w) {
      ctx.fillStyle = p.dim;
      ctx.fillRect(x, plot.y, plot.x + plot.w - x, plot.h);
    }
  }
  ctx.restore();
  drawLaneLabels(ctx, view);
  ctx.restore();
}

/** The spans of `box`'s lane that reach into the plot, in time order. */
export function visibleSpans(view: View, box: LaneBox, plot: Rect): Span[] {
  const data = view.index.byLane.get(box.lane.id);
  if (!data) return [];
  const t0 = view.scale.toTime(plot.x - 2);
  const t1 = view.scale.toTime(plot.x + plot.w + 2);
  const out: Span[] = [];
  const spans = data.spans;
  for (let i = lowerBound(spans, t0 - data.maxDuration); i < spans.length && spans[i].t <= t1; i++) {
    if (spans[i].end >= t0) out.push(spans[i]);
  }
  return out;
}

/** The fill of a span. */
export function spanFill(p: Palette, s: Span): string {
  const rc = requestColor(p, s.request);
  switch (s.kind) {
    case "client-wait":
      return p.clientWait;
    case "idle":
      return p.idle;
    case "waiting":
      return p.waiting;
    case "queued":
      return p.queued;
    case "in-flight":
      return withAlpha(rc, 0.45);
    case "suspended":
      return withAlpha(rc, 0.16);
    case "suspended-after-response":
      return withAlpha(p.after, 0.2);
    case "running":
      return rc;
    case "after-response":
      return p.after;
    case "blocked":
      return p.blockedBg;
  }
}

/** Rectangles of one fill, as flat [x, y, w, h, x, y, w, h, ...] (no object per span). */
interface Bucket {
  readonly order: number;
  readonly fill: string;
  readonly rects: number[];
}

/** Clips a rectangle to the plot's columns (a few pixels beyond, so edges stay off-screen). */
function clipX(r: Rect, plot: Rect): Rect | null {
  const x0 = Math.max(r.x, plot.x - 4);
  const x1 = Math.min(r.x + r.w, plot.x + plot.w + 4);
  return x1 > x0 ? { x: x0, y: r.y, w: x1 - x0, h: r.h } : null;
}

function drawLaneSpans(ctx: DrawContext, view: View, box: LaneBox, plot: Rect): void {
  const data = view.index.byLane.get(box.lane.id);
  if (!data) return;
  const p = view.palette;
  const scale = view.scale;
  const spans = data.spans;
  const t0 = scale.toTime(plot.x - 2);
  const t1 = scale.toTime(plot.x + plot.w + 2);
  const xMin = plot.x - 4;
  const xMax = plot.x + plot.w + 4;
  // This runs for every visible span every frame: numbers only, no allocation per span.
  const buckets = new Map<number, Bucket>();
  const wide: Span[] = [];
  for (let i = lowerBound(spans, t0 - data.maxDuration); i < spans.length && spans[i].t <= t1; i++) {
    const s = spans[i];
    if (s.end < t0) continue;
    let x0 = scale.toPx(s.t);
    let x1 = scale.toPx(s.end);
    if (x1 - x0 < MIN_SPAN_PX) {
      const grow = (MIN_SPAN_PX - (x1 - x0)) / 2;
      x0 -= grow;
      x1 += grow;
    } else if (x1 - x0 >= 3) {
      wide.push(s);
    }
    x0 = Math.max(x0, xMin);
    x1 = Math.min(x1, xMax);
    if (x1 <= x0) continue;
    const key = DRAW_ORDER[s.kind] * 100_000 + (s.request ?? 0);
    let b = buckets.get(key);
    if (!b) {
      b = { order: key, fill: spanFill(p, s), rects: [] };
      buckets.set(key, b);
    }
    const band = s.kind === "client-wait" && box.client ? box.client : box.bar;
    const r = b.rects;
    const n = r.length;
    // Sub-pixel neighbours of one style merge into one rectangle.
    if (n > 0 && r[n - 3] === band.y && x0 <= r[n - 4] + r[n - 2] + 0.5) {
      r[n - 2] = Math.max(r[n - 2], x1 - r[n - 4]);
    } else {
      r.push(x0, band.y, x1 - x0, band.h);
    }
  }
  for (const b of [...buckets.values()].sort((a, c) => a.order - c.order)) {
    ctx.fillStyle = b.fill;
    const r = b.rects;
    for (let i = 0; i < r.length; i += 4) ctx.fillRect(r[i], r[i + 1], r[i + 2], r[i + 3]);
  }

  // Decoration of spans wide enough to carry it: outlines, hatching, text.
  for (const s of wide) {
    const r = clipX(spanRect(view, box, s), plot);
    if (r) decorate(ctx, view, s, r);
  }
}

function decorate(ctx: DrawContext, view: View, s: Span, r: Rect): void {
  const p = view.palette;
  const rc = requestColor(p, s.request);
  switch (s.kind) {
    case "suspended":
      outline(ctx, r, withAlpha(rc, 0.75));
      break;
    case "suspended-after-response":
      hatch(ctx, r, withAlpha(p.after, 0.55), 7);
      outline(ctx, r, p.after, 1.5);
      break;
    case "blocked":
      hatch(ctx, r, p.blocked, 6);
      outline(ctx, r, p.blocked, 1.5);
      break;
    case "waiting":
    case "running":
    case "after-response":
      // Where the loop was blocked: a request's own blocking call, or, while it
      // waited, another's. The same red hatching as in the loop lane.
      if (s.lane === "loop") break;
      for (const b of view.index.blocked) {
        if ((s.kind === "waiting") === (b.request === s.request) || b.end <= s.t || b.t >= s.end) continue;
        const x0 = Math.max(r.x, view.scale.toPx(Math.max(b.t, s.t)));
        const x1 = Math.min(r.x + r.w, view.scale.toPx(Math.min(b.end, s.end)));
        if (x1 > x0) hatch(ctx, { x: x0, y: r.y, w: x1 - x0, h: r.h }, withAlpha(p.blocked, 0.7), 6);
      }
      break;
    case "queued":
      if (s.label === SLOT_WAIT_LABEL) hatch(ctx, r, withAlpha(p.muted, 0.6), 5);
      break;
    default:
      break;
  }
  if (s.kind !== "client-wait") spanText(ctx, view, s, r);
}

/** Text drawn inside a span when it fits (truncated with an ellipsis when it nearly does). */
function spanText(ctx: DrawContext, view: View, s: Span, r: Rect): void {
  if (r.w < 28 || r.h < 10) return;
  const hatched = s.kind === "blocked" || s.kind === "suspended-after-response";
  ctx.font = hatched ? BOLD_FONT : FONT;
  const fitted = fitText(ctx, spanCaption(s), r.w - 8);
  if (!fitted) {
    ctx.font = FONT;
    return;
  }
  ctx.textAlign = "left";
  if (hatched) {
    // Stripes under text make it hard to read: a backing of the page colour.
    const w = Math.min(textWidth(ctx, fitted), r.w - 8);
    ctx.fillStyle = withAlpha(view.palette.bg, 0.85);
    ctx.fillRect(r.x + 2, r.y + 3, w + 4, r.h - 6);
  }
  ctx.fillStyle = textColor(view.palette, s.kind);
  ctx.fillText(fitted, r.x + 4, r.y + r.h / 2 + 0.5);
  ctx.font = FONT;
}

/** What a span says inside it: its label, with the line when it has one. */
export function spanCaption(s: Span): string {
  const at = s.line !== null ? `line ${s.line}: ` : "";
  switch (s.kind) {
    case "idle":
      return "idle";
    case "running":
    case "after-response":
    case "client-wait":
      return s.label;
    case "blocked":
      return `${s.request !== null ? `#${s.request} ` : ""}blocks the loop at ${at}${s.label}`;
    case "suspended-after-response":
      return `after the response · ${at}${s.label.replace(/^after the response: /, "")}`;
    default:
      return `${at}${s.label}`;
  }
}

function textColor(p: Palette, kind: SpanKind): string {
  switch (kind) {
    case "running":
      return p.onSolid;
    case "after-response":
      return p.onSolid;
    case "blocked":
      return p.blocked;
    case "suspended-after-response":
      return p.afterText;
    case "idle":
      return p.muted;
    default:
      return p.text;
  }
}

function outline(ctx: DrawContext, r: Rect, color: string, width = 1): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.strokeRect(r.x + width / 2, r.y + width / 2, Math.max(0, r.w - width), Math.max(0, r.h - width));
}

/** Diagonal stripes over `r`, on a grid fixed to the canvas so they do not shimmer while panning. */
export function hatch(ctx: DrawContext, r: Rect, color: string, gap: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.beginPath();
  for (let x = Math.floor((r.x - r.h) / gap) * gap; x < r.x + r.w; x += gap) {
    ctx.moveTo(x, r.y + r.h);
    ctx.lineTo(x + r.h, r.y);
  }
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.restore();
}

function drawLinks(ctx: DrawContext, view: View, links: readonly Link[]): void {
  if (links.length === 0) return;
  const { layout, scale } = view;
  ctx.strokeStyle = view.palette.link;
  ctx.fillStyle = view.palette.link;
  ctx.lineWidth = 1;
  for (const l of links) {
    const from = layout.byId.get(l.from);
    const to = layout.byId.get(l.to);
    if (!from || !to) continue;
    const x0 = scale.toPx(l.fromT);
    const x1 = scale.toPx(l.toT);
    if (Math.max(x0, x1) < layout.plotLeft || Math.min(x0, x1) > layout.plotRight) continue;
    const down = to.y > from.y;
    const y0 = down ? from.bar.y + from.bar.h : from.bar.y;
    const y1 = down ? to.bar.y : to.bar.y + to.bar.h;
    ctx.setLineDash(l.kind === "waits" ? [3, 2] : []);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    // An arrowhead where it points: into the fetch for `waits`, back to the waiter for `wakes`.
    const dir = down ? 1 : -1;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - 3, y1 - 4 * dir);
    ctx.lineTo(x1 + 3, y1 - 4 * dir);
    ctx.closePath();
    ctx.fill();
  }
  ctx.setLineDash([]);
}

function drawHighlights(ctx: DrawContext, view: View, plot: Rect): void {
  const p = view.palette;
  ctx.strokeStyle = p.highlight;
  ctx.lineWidth = 2;
  for (const box of view.layout.lanes) {
    for (const s of visibleSpans(view, box, plot)) {
      if (s.line === null || !view.highlight.has(s.line) || s.kind === "idle") continue;
      const r = clipX(spanRect(view, box, s), plot);
      if (r) ctx.strokeRect(r.x - 1, r.y - 1, r.w + 2, r.h + 2);
    }
  }
  const marked: Marker[] = view.index.model.markers.filter((m) => m.line !== null && view.highlight.has(m.line));
  for (const m of marked) {
    const box = view.layout.byId.get(m.lane);
    if (!box) continue;
    const x = view.scale.toPx(m.t);
    if (x < plot.x - 8 || x > plot.x + plot.w + 8) continue;
    ctx.beginPath();
    ctx.arc(x, box.markerY, 7, 0, Math.PI * 2);
    ctx.stroke();
  }
}

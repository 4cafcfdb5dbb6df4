/**
 * Hit-testing: what is under a point of the chart. Uses the same geometry as the
 * drawing (`spanRect`, `markerPos`), so what is hit is what is seen.
 */
import type { Marker, Span } from "../../trace/spans";
import { laneAt, type LaneBox } from "./layout";
import { DRAW_ORDER, QUIET_MARKERS, lowerBound, markerPos, spanRect, type View } from "./view";

/** A span or a marker under the pointer, with the lane it is in. */
export type Hit =
  | { readonly type: "span"; readonly span: Span; readonly box: LaneBox }
  | { readonly type: "marker"; readonly marker: Marker; readonly box: LaneBox };

/** How far (px) from a span's edges a pointer still hits it: thin spans stay easy to point at. */
const SLOP = 2;

/** The marker or span at (`x`, `y`), CSS pixels in the chart; null over empty space or labels. */
export function hitTest(view: View, x: number, y: number): Hit | null {
  const { layout } = view;
  if (x < layout.plotLeft || x > layout.plotRight) return null;
  const box = laneAt(layout, y);
  if (!box) return null;
  const data = view.index.byLane.get(box.lane.id);
  if (!data) return null;

  // Markers first: they are small and drawn on top.
  let best: Marker | null = null;
  let bestD = Infinity;
  const ms = data.markers;
  const reach = 8 * view.scale.usPerPx;
  for (
    let i = lowerBound(ms, view.scale.toTime(x) - reach);
    i < ms.length && ms[i].t <= view.scale.toTime(x) + reach;
    i++
  ) {
    const m = ms[i];
    if (QUIET_MARKERS.has(m.kind)) continue;
    const p = markerPos(view, box, m);
    const dx = Math.abs(p.x - x);
    // The response-sent bar runs the lane's height; other glyphs are points.
    const dy = m.kind === "response-sent" ? 0 : Math.abs(p.y - y);
    if (dx > p.r + SLOP || dy > p.r + SLOP + 2) continue;
    const d = dx + dy + (m.kind === "response-sent" ? -1 : 0);
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  if (best) return { type: "marker", marker: best, box };

  // Then the topmost span under the point (the painter's order decides).
  let top: Span | null = null;
  const t = view.scale.toTime(x);
  const slopUs = SLOP * view.scale.usPerPx;
  const spans = data.spans;
  for (let i = lowerBound(spans, t - data.maxDuration - slopUs); i < spans.length && spans[i].t <= t + slopUs; i++) {
    const s = spans[i];
    const r = spanRect(view, box, s);
    if (x < r.x - SLOP || x > r.x + r.w + SLOP || y < r.y - SLOP || y > r.y + r.h + SLOP) continue;
    if (s.kind === "idle" && top) continue;
    if (!top || DRAW_ORDER[s.kind] >= DRAW_ORDER[top.kind]) top = s;
  }
  return top ? { type: "span", span: top, box } : null;
}

/** The event a hit stands for, as `onSelectEvent` reports it. */
export function hitEvent(hit: Hit): { seq: number; line: number | null } {
  const item = hit.type === "span" ? hit.span : hit.marker;
  return { seq: item.seq, line: item.line };
}

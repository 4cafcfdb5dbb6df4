/**
 * What one frame of the chart is drawn from ({@link View}), and the geometry that
 * drawing, overlays and hit-testing share: where a span's rectangle and a marker's
 * glyph fall. Pure.
 */
import { TimeScale } from "../../trace/scale";
import type { LaneId, Marker, MarkerKind, Span, SpanKind, SpanModel } from "../../trace/spans";
import type { Layout, LaneBox } from "./layout";
import type { Palette } from "./palette";

/** The spans and markers of one lane, in time order, for culling by time. */
export interface LaneData {
  readonly spans: readonly Span[];
  /** The longest span of the lane, so a search by start time finds every span that reaches into view. */
  readonly maxDuration: number;
  readonly markers: readonly Marker[];
}

/** A model indexed for drawing and hit-testing. */
export interface ChartIndex {
  readonly model: SpanModel;
  readonly byLane: ReadonlyMap<LaneId, LaneData>;
  /** Every blocked stretch of the loop, to hatch the requests that wait through it. */
  readonly blocked: readonly Span[];
}

/** Everything a frame depends on. */
export interface View {
  readonly index: ChartIndex;
  readonly layout: Layout;
  readonly scale: TimeScale;
  readonly palette: Palette;
  /** The playback cursor: what happens after it is dimmed. */
  readonly cursor: number | null;
  /** Source lines whose spans and markers get an outline. */
  readonly highlight: ReadonlySet<number>;
}

/** Indexes a model by lane. */
export function indexModel(model: SpanModel): ChartIndex {
  const byLane = new Map<LaneId, { spans: Span[]; maxDuration: number; markers: Marker[] }>();
  for (const l of model.lanes) byLane.set(l.id, { spans: [], maxDuration: 0, markers: [] });
  for (const s of model.spans) {
    const d = byLane.get(s.lane);
    if (!d) continue;
    d.spans.push(s);
    d.maxDuration = Math.max(d.maxDuration, s.end - s.t);
  }
  for (const m of model.markers) byLane.get(m.lane)?.markers.push(m);
  for (const d of byLane.values()) {
    d.spans.sort((a, b) => a.t - b.t || DRAW_ORDER[a.kind] - DRAW_ORDER[b.kind]);
    d.markers.sort((a, b) => a.t - b.t || a.seq - b.seq);
  }
  return { model, byLane, blocked: model.spans.filter((s) => s.kind === "blocked") };
}

/** Painter's order of span kinds: later kinds are drawn over earlier ones (and win a hit-test). */
export const DRAW_ORDER: Readonly<Record<SpanKind, number>> = {
  "client-wait": 0,
  idle: 1,
  waiting: 2,
  queued: 3,
  "in-flight": 4,
  suspended: 5,
  "suspended-after-response": 6,
  running: 7,
  "after-response": 8,
  blocked: 9,
};

/** The first index in `items` (sorted by `t`) whose `t` is at least `t`. */
export function lowerBound(items: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The narrowest a span is drawn, so instants of work stay visible. */
export const MIN_SPAN_PX = 2;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A span's rectangle (unclipped), at least {@link MIN_SPAN_PX} wide. */
export function spanRect(view: View, box: LaneBox, s: Span): Rect {
  const x0 = view.scale.toPx(s.t);
  const x1 = view.scale.toPx(s.end);
  const band = s.kind === "client-wait" && box.client ? box.client : box.bar;
  const w = Math.max(MIN_SPAN_PX, x1 - x0);
  return { x: x1 - x0 >= MIN_SPAN_PX ? x0 : x0 - (MIN_SPAN_PX - (x1 - x0)) / 2, y: band.y, w, h: band.h };
}

/** Markers drawn on the client's band rather than the marker row. */
const CLIENT_MARKERS: ReadonlySet<MarkerKind> = new Set(["send", "recv", "client-error"]);

/** Where a marker's glyph is centred, and how far a pointer may be from it and still hit it. */
export function markerPos(view: View, box: LaneBox, m: Marker): { x: number; y: number; r: number } {
  const x = view.scale.toPx(m.t);
  if (m.kind === "response-sent") return { x, y: box.y + box.height / 2, r: 5 };
  if (CLIENT_MARKERS.has(m.kind) && box.client) return { x, y: box.client.y + box.client.h / 2, r: 5 };
  if (box.lane.kind === "fetch") return { x, y: box.bar.y + box.bar.h / 2, r: 5 };
  return { x, y: box.markerY, r: 5 };
}

/** Markers that are only listed in tooltips' neighbourhood, not drawn (they would crowd the row). */
export const QUIET_MARKERS: ReadonlySet<MarkerKind> = new Set(["dispatch", "on-finish", "send"]);

/** The whole trace across the plot, with a little room at the right so the last
 * markers and their labels are not on the edge. Zoom and pan transform this scale. */
export function baseScale(model: SpanModel, layout: Layout): TimeScale {
  const span = Math.max(model.end - model.start, 1000);
  return new TimeScale(model.start - span * 0.004, model.start + span * 1.06, layout.plotLeft, layout.plotRight);
}

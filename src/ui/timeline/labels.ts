/**
 * Lane labels: a column at the left on wide screens; on narrow ones a small line
 * above each lane, so the whole width is left to time.
 */
import type { Lane } from "../../trace/spans";
import type { LaneBox } from "./layout";
import { requestColor } from "./palette";
import { BOLD_FONT, FONT, fitText, type DrawContext } from "./text";
import type { View } from "./view";

const SMALL_FONT = "10px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Draws every lane's label. */
export function drawLaneLabels(ctx: DrawContext, view: View): void {
  const { layout, palette: p } = view;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  if (layout.compact) {
    for (const box of layout.lanes) {
      if (box.labelY === null) continue;
      ctx.font = box.lane.kind === "fetch" ? SMALL_FONT : BOLD_FONT;
      ctx.fillStyle = box.lane.kind === "fetch" ? p.muted : colorOf(view, box.lane);
      const text = fitText(ctx, laneTitle(box.lane), layout.plotRight - layout.plotLeft - 4);
      if (text) ctx.fillText(text, layout.plotLeft + 2, box.labelY);
    }
    ctx.font = FONT;
    return;
  }
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, layout.axisHeight, layout.labelWidth, layout.height - layout.axisHeight);
  ctx.fillStyle = p.separator;
  ctx.fillRect(layout.labelWidth, layout.axisHeight, 1, layout.height - layout.axisHeight);
  for (const box of layout.lanes) drawColumnLabel(ctx, view, box);
  ctx.font = FONT;
}

function drawColumnLabel(ctx: DrawContext, view: View, box: LaneBox): void {
  const { layout, palette: p } = view;
  const lane = box.lane;
  const mid = box.bar.y + box.bar.h / 2;
  if (box.index % 2 === 1) {
    ctx.fillStyle = p.laneAlt;
    ctx.fillRect(0, box.y, layout.labelWidth, box.height - 1);
  }
  if (lane.kind === "request" || lane.kind === "task") {
    ctx.fillStyle = colorOf(view, lane);
    ctx.fillRect(0, box.y + 2, 4, box.height - 5);
  }
  const indent = lane.kind === "fetch" ? 18 : 10;
  ctx.font = lane.kind === "fetch" ? SMALL_FONT : BOLD_FONT;
  ctx.fillStyle = lane.kind === "fetch" ? p.muted : p.text;
  if (lane.kind === "fetch") ctx.fillText("↳", 8, mid);
  const text = fitText(ctx, laneTitle(lane), layout.labelWidth - indent - 6);
  if (text) ctx.fillText(text, indent, mid);
  if (lane.kind === "loop") {
    ctx.font = SMALL_FONT;
    ctx.fillStyle = p.muted;
    const hint = fitText(ctx, "the one thread: who runs", layout.labelWidth - indent - 6);
    if (hint) ctx.fillText(hint, indent, box.markerY);
  }
}

function colorOf(view: View, lane: Lane): string {
  return lane.kind === "loop" ? view.palette.text : requestColor(view.palette, lane.request);
}

/** The title a lane is shown with. */
export function laneTitle(lane: Lane): string {
  switch (lane.kind) {
    case "loop":
      return "IOLoop";
    case "fetch": {
      // The URL is what tells fetches apart; the scheme and a GET say little.
      const short = lane.label.replace(/^GET /, "").replace(/^(\w+ )?https?:\/\//, "$1");
      return `fetch ${short}`;
    }
    default:
      return lane.label;
  }
}

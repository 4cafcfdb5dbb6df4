/**
 * Where each lane sits: the vertical layout of the chart and its label column.
 * Pure; shared by drawing and hit-testing so both agree on every pixel.
 */
import type { Lane, LaneId } from "../../trace/spans";

/** A vertical band inside a lane: top and height, CSS pixels. */
export interface Band {
  readonly y: number;
  readonly h: number;
}

export interface LaneBox {
  readonly lane: Lane;
  readonly index: number;
  /** The lane's top and height, CSS pixels from the chart's top. */
  readonly y: number;
  readonly height: number;
  /** Where its spans are drawn. */
  readonly bar: Band;
  /** Request lanes: the client's thin band above the bar (send to receive or giving up). */
  readonly client: Band | null;
  /** The centre line of the lane's markers. */
  readonly markerY: number;
  /** Compact layout: the baseline of the lane's label, drawn above its bar; null otherwise. */
  readonly labelY: number | null;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** The time axis's height at the top. */
  readonly axisHeight: number;
  /** The label column at the left; 0 in the compact layout. */
  readonly labelWidth: number;
  /** Narrow screens: no label column, each lane's label above it. */
  readonly compact: boolean;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly lanes: readonly LaneBox[];
  readonly byId: ReadonlyMap<LaneId, LaneBox>;
}

/** Below this width the label column collapses into a line above each lane. */
export const COMPACT_BELOW = 560;
export const AXIS_HEIGHT = 24;
const COMPACT_LABEL = 16;
const RIGHT_PAD = 12;

/** Lays out `lanes` for a chart `width` CSS pixels wide. */
export function layoutLanes(lanes: readonly Lane[], width: number): Layout {
  const compact = width < COMPACT_BELOW;
  const labelWidth = compact ? 0 : Math.round(Math.min(220, Math.max(130, width * 0.17)));
  const boxes: LaneBox[] = [];
  let y = AXIS_HEIGHT;
  lanes.forEach((lane, index) => {
    const top = y;
    const head = compact ? COMPACT_LABEL : 0;
    const labelY = compact ? top + 9 : null;
    let box: LaneBox;
    switch (lane.kind) {
      case "request":
        box = {
          lane,
          index,
          y: top,
          height: head + 52,
          client: { y: top + head + 4, h: 5 },
          bar: { y: top + head + 13, h: 20 },
          markerY: top + head + 43,
          labelY,
        };
        break;
      case "fetch":
        box = {
          lane,
          index,
          y: top,
          height: head + 22,
          client: null,
          bar: { y: top + head + 5, h: 12 },
          markerY: top + head + 11,
          labelY,
        };
        break;
      case "loop":
        box = {
          lane,
          index,
          y: top,
          height: head + 40,
          client: null,
          bar: { y: top + head + 6, h: 20 },
          markerY: top + head + 33,
          labelY,
        };
        break;
      case "task":
        box = {
          lane,
          index,
          y: top,
          height: head + 42,
          client: null,
          bar: { y: top + head + 6, h: 18 },
          markerY: top + head + 33,
          labelY,
        };
        break;
    }
    boxes.push(box);
    y += box.height;
  });
  const plotLeft = labelWidth + (compact ? 4 : 8);
  return {
    width,
    height: y + 4,
    axisHeight: AXIS_HEIGHT,
    labelWidth,
    compact,
    plotLeft,
    plotRight: Math.max(plotLeft + 1, width - RIGHT_PAD),
    lanes: boxes,
    byId: new Map(boxes.map((b) => [b.lane.id, b])),
  };
}

/** The lane at height `y`, or null. */
export function laneAt(layout: Layout, y: number): LaneBox | null {
  for (const b of layout.lanes) if (y >= b.y && y < b.y + b.height) return b;
  return null;
}

/**
 * The props the swimlane chart (src/ui/timeline/Timeline.tsx) takes. The chart is
 * built separately; this page renders it through this contract and loads it only
 * when the file exists (see ./TimelineFrame.tsx).
 */
import type { ComponentType } from "react";
import type { TraceEvent, VTime } from "../trace";

/** Props of the chart's `Timeline` component. */
export interface TimelineProps {
  events: readonly TraceEvent[];
  /** The playback cursor; null shows everything. */
  cursor: VTime | null;
  /** The editor's cursor line: the chart highlights that line's events. */
  highlightLines: ReadonlySet<number>;
  /** The last good chart kept after a syntax error: drawn dimmed with a "stale" badge. */
  stale: boolean;
  theme: "light" | "dark";
  /** A click on an event: the editor highlights its source line. */
  onSelectEvent?: (e: { seq: number; line: number | null }) => void;
  /** Called after each draw: part of the page's idle signal. */
  onDrawn?: () => void;
}

/** What the chart's module exports. */
export interface TimelineModule {
  Timeline: ComponentType<TimelineProps>;
}

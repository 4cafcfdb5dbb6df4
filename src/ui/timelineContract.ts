/**
 * The props the swimlane chart (src/ui/timeline/Timeline.tsx) takes, as the pages
 * that render it (./TimelineFrame.tsx, the embed) rely on them.
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

import { lazy, Suspense, useEffect, useMemo, type ComponentType } from "react";
import type { TraceEvent } from "../../trace/types";
import { chartSvg } from "../export/chartSvg";
import type { TimelineModule, TimelineProps } from "../timelineContract";

// The swimlane chart when the build has it (in its own chunk, with D3); otherwise
// the exported SVG of the same chart model, as a picture.
const chartModules = import.meta.glob<TimelineModule>("../timeline/Timeline.tsx");
const loadTimeline = chartModules["../timeline/Timeline.tsx"];
// Fetched as soon as the embed starts, while the run worker loads and runs, rather
// than after the trace arrives: the first chart waits for whichever is slower.
const timelineModule = loadTimeline?.();
const Timeline: ComponentType<TimelineProps> | null = timelineModule
  ? lazy(() => timelineModule.then((m) => ({ default: m.Timeline })))
  : null;

const NO_LINES: ReadonlySet<number> = new Set();

/** Props of {@link EmbedChart}. */
export interface EmbedChartProps {
  readonly events: readonly TraceEvent[];
  readonly theme: "light" | "dark";
  /** Called after each draw of the chart. */
  readonly onDrawn: () => void;
}

/** The chart of the embed's run. */
export function EmbedChart({ events, theme, onDrawn }: EmbedChartProps) {
  if (Timeline) {
    return (
      <Suspense fallback={<p className="embed-placeholder">Loading chart…</p>}>
        <Timeline
          events={events}
          cursor={null}
          highlightLines={NO_LINES}
          stale={false}
          theme={theme}
          onDrawn={onDrawn}
        />
      </Suspense>
    );
  }
  return <SvgChart events={events} theme={theme} onDrawn={onDrawn} />;
}

function SvgChart({ events, theme, onDrawn }: EmbedChartProps) {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([chartSvg(events, { theme, width: 900 })], { type: "image/svg+xml" })),
    [events, theme],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img className="embed-svg-chart" src={url} alt="Swimlane chart of the run" onLoad={onDrawn} />;
}

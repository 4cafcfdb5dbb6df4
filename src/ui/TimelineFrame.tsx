import { lazy, Suspense, useCallback, useMemo, type ComponentType } from "react";
import {
  selectCursor,
  selectEditorCursorLine,
  selectShownEvents,
  selectStale,
  type PlaygroundState,
  type Theme,
} from "../state";
import { ChartBoundary } from "./ChartBoundary";
import { measureChartDrawn } from "./perfMarks";
import { PlaybackControls } from "./playback/PlaybackControls";
import { RunProblem, RunStatus } from "./RunStatus";
import { usePlayground, usePlaygroundStore } from "./storeContext";
import type { TimelineModule, TimelineProps } from "./timelineContract";
import { TimelinePlaceholder } from "./TimelinePlaceholder";

// The chart is built in src/ui/timeline/ on its own schedule: load it when it is
// there (in its own chunk, with D3), fall back to a summary when it is not.
const chartModules = import.meta.glob<TimelineModule>("./timeline/Timeline.tsx");
const loadChart = chartModules["./timeline/Timeline.tsx"];
const Chart: ComponentType<TimelineProps> = loadChart
  ? lazy(() => loadChart().then((m) => ({ default: m.Timeline })))
  : TimelinePlaceholder;

const selectSelectEvent = (s: PlaygroundState) => s.selectEvent;

/** Props of {@link TimelineFrame}. */
export interface TimelineFrameProps {
  theme: Theme;
  /** Whether the events table is open, and the button that toggles it. */
  tableOpen: boolean;
  onToggleTable: () => void;
  tableId: string;
}

/** The chart's pane: title bar with the run's status, the chart, the playback controls. */
export function TimelineFrame({ theme, tableOpen, onToggleTable, tableId }: TimelineFrameProps) {
  const store = usePlaygroundStore();
  const events = usePlayground(selectShownEvents);
  const stale = usePlayground(selectStale);
  const cursor = usePlayground(selectCursor);
  const cursorLine = usePlayground(selectEditorCursorLine);
  const selectEvent = usePlayground(selectSelectEvent);
  const highlightLines = useMemo(() => new Set(cursorLine === null ? [] : [cursorLine]), [cursorLine]);
  const onDrawn = useCallback(() => {
    const s = store.getState();
    if (s.drawnVersion >= s.resultVersion) return;
    s.markDrawn();
    measureChartDrawn(s.runId, s.runTriggeredAt);
  }, [store]);

  return (
    <section className="pane timeline-pane" aria-label="Timeline">
      <div className="pane-title-bar">
        <h2 className="pane-title">Timeline</h2>
        <RunStatus />
        <button
          type="button"
          className="small-button"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={onToggleTable}
        >
          {tableOpen ? "Hide table" : "Table view"}
        </button>
      </div>
      <RunProblem />
      <div className="pane-body timeline-body">
        <ChartBoundary onDrawn={onDrawn}>
          <Suspense fallback={<p className="placeholder">Loading chart…</p>}>
            <Chart
              events={events}
              cursor={cursor}
              highlightLines={highlightLines}
              stale={stale}
              theme={theme}
              onSelectEvent={selectEvent}
              onDrawn={onDrawn}
            />
          </Suspense>
        </ChartBoundary>
      </div>
      <PlaybackControls />
    </section>
  );
}

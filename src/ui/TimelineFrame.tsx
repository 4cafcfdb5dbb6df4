import { lazy, Suspense, useCallback, useMemo } from "react";
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

// The chart (with D3) comes in its own chunk, fetched while the page starts.
const Chart = lazy(() => import("./timeline/Timeline").then((m) => ({ default: m.Timeline })));

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

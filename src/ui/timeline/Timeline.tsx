import { useId, useLayoutEffect, useMemo, useRef, type JSX } from "react";
import { spans } from "../../trace/spans";
import type { VTime } from "../../trace/time";
import type { TraceEvent } from "../../trace/types";
import { Legend } from "./Legend";
import { paletteFor } from "./palette";
import { SwimlaneRenderer } from "./renderer";
import { findings } from "./summary";
import "./timeline.css";

/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** The trace of the run to show. */
  events: readonly TraceEvent[];
  /** The playback cursor: what happens after it is dimmed; null shows everything. */
  cursor: VTime | null;
  /** Source lines whose spans and markers get an outline. */
  highlightLines: ReadonlySet<number>;
  /** The last good chart kept after a syntax error: drawn dimmed, with a "stale" badge. */
  stale: boolean;
  theme: "light" | "dark";
  /** A click on a span or marker: the event behind it and its source line. */
  onSelectEvent?: (e: { seq: number; line: number | null }) => void;
  /** Called after each draw of the canvas (an idle signal can wait for it). */
  onDrawn?: () => void;
}

/**
 * The swimlane chart of a run. React renders the frame (host element, findings,
 * legend, stale badge); a {@link SwimlaneRenderer} owns everything inside the host
 * and repaints on its own for zoom, pan and hover.
 */
export function Timeline(props: TimelineProps): JSX.Element {
  const { events, cursor, highlightLines, stale, theme, onSelectEvent, onDrawn } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<SwimlaneRenderer | null>(null);
  const findingsId = useId();
  const model = useMemo(() => spans(events), [events]);
  const notes = useMemo(() => findings(model), [model]);

  useLayoutEffect(() => {
    const renderer = new SwimlaneRenderer(hostRef.current!);
    rendererRef.current = renderer;
    return () => {
      renderer.destroy();
      rendererRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    rendererRef.current?.update({ model, events, cursor, highlightLines, theme, stale, onSelectEvent, onDrawn });
  });

  const requests = model.lanes.filter((l) => l.kind === "request").length;
  return (
    <div className={`tl tl-${theme}${stale ? " tl-is-stale" : ""}`}>
      {stale && (
        <div className="tl-stale-badge" role="status">
          stale: the code has an error; showing the last run
        </div>
      )}
      <div
        ref={hostRef}
        className="tl-host"
        tabIndex={0}
        role="group"
        aria-roledescription="timeline"
        aria-label={`Timeline of ${requests} request${requests === 1 ? "" : "s"}. Keys: plus and minus zoom, arrows pan, 0 shows all.`}
        aria-describedby={findingsId}
      />
      <ul className="tl-findings" id={findingsId}>
        {notes.map((f, i) => (
          <li key={i} className={`tl-finding tl-${f.tone}`}>
            {f.text}
          </li>
        ))}
      </ul>
      <Legend palette={paletteFor(theme)} />
    </div>
  );
}

import { useMemo } from "react";
import {
  selectConsoleRequest,
  selectCursor,
  selectRelease,
  selectShownEvents,
  selectStale,
  type PlaygroundState,
} from "../../state";
import { formatTime } from "../format";
import { usePlayground } from "../storeContext";
import { consoleLines, requestsOf, type ConsoleLine } from "./consoleLines";
import { ConsoleFilter } from "./ConsoleFilter";

/** More lines than this are left out of the DOM (the table view has every event). */
const MAX_LINES = 2000;

const selectSetConsoleRequest = (s: PlaygroundState) => s.setConsoleRequest;

/**
 * The console: what the run printed and logged, in Tornado's own format, with
 * each entry's virtual time. Everything is a text node (user output may contain
 * HTML and must show as text). With a playback cursor, entries after it are dimmed.
 */
export function ConsolePane() {
  const events = usePlayground(selectShownEvents);
  const release = usePlayground(selectRelease);
  const filter = usePlayground(selectConsoleRequest);
  const setFilter = usePlayground(selectSetConsoleRequest);
  const cursor = usePlayground(selectCursor);
  const stale = usePlayground(selectStale);
  const all = useMemo(() => consoleLines(events, release), [events, release]);
  const requests = useMemo(() => requestsOf(events), [events]);
  const lines = filter === null ? all : all.filter((l) => l.request === filter);
  const shown = lines.slice(0, MAX_LINES);
  const current = cursor === null ? -1 : lastIndexAtOrBefore(shown, cursor);

  return (
    <section className="pane console-pane" aria-label="Console">
      <div className="pane-title-bar">
        <h2 className="pane-title">Console</h2>
        <ConsoleFilter requests={requests} value={filter} onChange={setFilter} />
      </div>
      <div className={`pane-body console-body${stale ? " is-stale" : ""}`} data-testid="console">
        {shown.length === 0 ? (
          <p className="placeholder">{filter === null ? "Nothing printed or logged." : "Nothing from this request."}</p>
        ) : (
          <ol className="console-lines" aria-label="Console output">
            {shown.map((l, i) => (
              <li
                key={l.seq}
                className={lineClass(l, cursor !== null && l.t > cursor, i === current)}
                data-request={l.request ?? undefined}
              >
                <span className="console-time">{formatTime(l.t)}</span>
                <span className="console-text">{l.text}</span>
              </li>
            ))}
          </ol>
        )}
        {lines.length > MAX_LINES && (
          <p className="placeholder">
            {lines.length - MAX_LINES} more lines not shown; the table view lists every event.
          </p>
        )}
      </div>
    </section>
  );
}

function lineClass(l: ConsoleLine, future: boolean, current: boolean): string {
  let c = `console-line console-${l.kind}`;
  if (l.level === "ERROR" || l.level === "CRITICAL") c += " console-error";
  else if (l.level === "WARNING") c += " console-warning";
  if (future) c += " is-future";
  if (current) c += " is-current";
  return c;
}

function lastIndexAtOrBefore(lines: readonly ConsoleLine[], cursor: number): number {
  let found = -1;
  lines.forEach((l, i) => {
    if (l.t <= cursor) found = i;
  });
  return found;
}

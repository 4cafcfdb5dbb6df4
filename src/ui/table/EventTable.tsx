import { useMemo } from "react";
import { selectShownEvents, selectSelectedEvent, selectStale, type PlaygroundState } from "../../state";
import { formatTime } from "../format";
import { usePlayground } from "../storeContext";
import { describeEvent } from "./describeEvent";

/** More rows than this are left out of the DOM. */
const MAX_ROWS = 2000;

const selectSelectEvent = (s: PlaygroundState) => s.selectEvent;
const selectSetCursor = (s: PlaygroundState) => s.setCursor;

/**
 * The trace as a table, for screen readers and keyboard users: one row per event
 * in time order. Each row's buttons move the time cursor to it or highlight its
 * source line in the editor, as clicking the chart does.
 */
export function EventTable({ id }: { id: string }) {
  const events = usePlayground(selectShownEvents);
  const stale = usePlayground(selectStale);
  const selected = usePlayground(selectSelectedEvent);
  const selectEvent = usePlayground(selectSelectEvent);
  const setCursor = usePlayground(selectSetCursor);
  const rows = useMemo(
    () => [...events].sort((a, b) => a.t - b.t || a.seq - b.seq).map((e) => ({ row: describeEvent(e), t: e.t })),
    [events],
  );

  return (
    <section id={id} className="pane events-pane" aria-label="Events table">
      <h2 className="pane-title">Events{stale ? " (stale: from the last text that compiled)" : ""}</h2>
      <div className="pane-body">
        <table className="event-table">
          <caption className="visually-hidden">
            {rows.length} events of the run, in time order{stale ? "; stale, from the last text that compiled" : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Who</th>
              <th scope="col">Event</th>
              <th scope="col">Line</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map(({ row, t }) => (
              <tr
                key={row.seq}
                aria-current={selected?.seq === row.seq ? "true" : undefined}
                className={selected?.seq === row.seq ? "is-selected" : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setCursor(t)}
                    title="Move the time cursor here"
                  >
                    {formatTime(t)}
                  </button>
                </td>
                <td>{row.who}</td>
                <th scope="row">{row.what}</th>
                <td>
                  {row.line !== null && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => selectEvent({ seq: row.seq, line: row.line })}
                      aria-label={`Show line ${row.line} in the editor`}
                    >
                      {row.line}
                    </button>
                  )}
                </td>
                <td className="event-details">{row.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > MAX_ROWS && <p className="placeholder">{rows.length - MAX_ROWS} more events not shown.</p>}
      </div>
    </section>
  );
}

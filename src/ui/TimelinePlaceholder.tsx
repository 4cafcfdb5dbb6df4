import { useEffect } from "react";
import type { TimelineProps } from "./timelineContract";

/**
 * Stands in for the swimlane chart where it is not built in: says how much the
 * trace holds, and reports each "draw" so the idle signal works the same way.
 */
export function TimelinePlaceholder({ events, stale, onDrawn }: TimelineProps) {
  useEffect(() => onDrawn?.(), [events, stale, onDrawn]);
  const requests = events.filter((e) => e.kind === "client-send").length;
  return (
    <p className={`placeholder${stale ? " is-stale" : ""}`} data-testid="timeline-placeholder">
      {events.length === 0
        ? "Run the scenario to see each request's life here."
        : `${events.length} events, ${requests} request${requests === 1 ? "" : "s"}${stale ? " (stale)" : ""}. The table view lists them.`}
    </p>
  );
}

/**
 * The frame of the swimlane chart. The chart itself (canvas spans, SVG axis)
 * is drawn into this section by the timeline work.
 */
export function TimelineFrame() {
  return (
    <section className="pane timeline-pane" aria-label="Timeline">
      <h2 className="pane-title">Timeline</h2>
      <div className="pane-body">
        <p className="placeholder">Run the scenario to see each request's life here.</p>
      </div>
    </section>
  );
}

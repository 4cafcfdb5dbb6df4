/**
 * The frame of the console: prints, log records and errors of a run, in
 * time order. Filled in by the console work.
 */
export function ConsoleFrame() {
  return (
    <section className="pane console-pane" aria-label="Console">
      <h2 className="pane-title">Console</h2>
      <div className="pane-body">
        <p className="placeholder">Output of the run appears here.</p>
      </div>
    </section>
  );
}

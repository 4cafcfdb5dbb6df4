import { lazy, Suspense } from "react";
import type { Theme } from "../state";

// Monaco is ~700 KiB gzip: it loads in its own chunk after the page is up.
const MonacoEditor = lazy(() => import("./editor/MonacoEditor"));

/** Props of {@link EditorPane}. */
export interface EditorPaneProps {
  theme: Theme;
  onEditorReady?: () => void;
}

/** The left pane: the scenario editor, with a notice while Monaco loads. */
export function EditorPane({ theme, onEditorReady }: EditorPaneProps) {
  return (
    <section className="pane editor-pane" aria-label="Editor">
      <Suspense fallback={<p className="placeholder">Loading editor…</p>}>
        <MonacoEditor theme={theme} onReady={onEditorReady} />
      </Suspense>
    </section>
  );
}

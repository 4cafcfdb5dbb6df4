import { lazy, Suspense } from "react";
import type { Theme } from "../state";
import { CodePreview } from "./CodePreview";

// Monaco is ~800 KiB gzip: it loads in its own chunk after the page is up.
const MonacoEditor = lazy(() => import("./editor/MonacoEditor"));

/** Props of {@link EditorPane}. */
export interface EditorPaneProps {
  theme: Theme;
  onEditorReady?: () => void;
}

/** The left pane: the scenario editor; the code shows as plain text while Monaco loads. */
export function EditorPane({ theme, onEditorReady }: EditorPaneProps) {
  return (
    <section className="pane editor-pane" aria-label="Editor">
      <Suspense fallback={<CodePreview />}>
        <MonacoEditor theme={theme} onReady={onEditorReady} />
      </Suspense>
    </section>
  );
}

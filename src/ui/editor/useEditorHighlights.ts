import { useEffect, useRef, type RefObject } from "react";
import { eventAtCursor, lineOf, selectDiagnostics, selectSelectedEvent } from "../../state";
import { usePlayground } from "../storeContext";
import { MARKER_OWNER, toMarkers } from "./markers";
import { monaco } from "./monaco";

type EditorRef = RefObject<monaco.editor.IStandaloneCodeEditor | null>;

/** Shows the run's diagnostics as model markers (the squiggles and their hover messages). */
export function useDiagnosticMarkers(editorRef: EditorRef): void {
  const diagnostics = usePlayground(selectDiagnostics);
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics, monaco.MarkerSeverity));
  }, [editorRef, diagnostics]);
}

/**
 * Highlights two lines: the one of the event picked in the chart or the table
 * (revealed if off screen), and the one of the event at the playback cursor.
 */
export function useLineHighlights(editorRef: EditorRef): void {
  const selected = usePlayground(selectSelectedEvent)?.line ?? null;
  const playing = usePlayground((s) => {
    const e = eventAtCursor(s.lastGood, s.cursor);
    return e ? lineOf(e) : null;
  });
  const ids = useRef<string[]>([]);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const lines = model.getLineCount();
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    const add = (line: number | null, className: string, gutter: string): void => {
      if (line === null || line > lines) return;
      decorations.push({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className, linesDecorationsClassName: gutter },
      });
    };
    add(playing, "tp-line-playback", "tp-gutter-playback");
    add(selected, "tp-line-selected", "tp-gutter-selected");
    ids.current = model.deltaDecorations(ids.current, decorations);
  }, [editorRef, selected, playing]);

  useEffect(() => {
    if (selected !== null) editorRef.current?.revealLineInCenterIfOutsideViewport(selected);
  }, [editorRef, selected]);
}

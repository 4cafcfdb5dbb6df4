import { useEffect, useRef } from "react";
import { selectCode, type Theme } from "../../state";
import { useRunNow } from "../runnerContext";
import { usePlayground, usePlaygroundStore } from "../storeContext";
import { registerTornadoHover } from "./hover";
import { monaco } from "./monaco";
import { useDiagnosticMarkers, useLineHighlights } from "./useEditorHighlights";

/** Props of {@link MonacoEditor}. */
export interface MonacoEditorProps {
  /** The colour scheme shown by the page. */
  theme: Theme;
  /** Called once, when the editor is on screen and holds the scenario text. */
  onReady?: () => void;
}

/**
 * The scenario editor. Monaco owns everything inside the container div; the
 * text goes both ways between the editor model and the store, the run's
 * diagnostics become markers, Ctrl/Cmd+Enter runs, and the cursor line is
 * reported so the chart can highlight that line's events.
 */
export default function MonacoEditor({ theme, onReady }: MonacoEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const store = usePlaygroundStore();
  const code = usePlayground(selectCode);
  const runNow = useRunNow();
  const initial = useRef({ theme, onReady, runNow });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const start = initial.current;
    const editor = monaco.editor.create(host, {
      value: store.getState().code,
      language: "python",
      theme: monacoTheme(start.theme),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 4,
      insertSpaces: true,
      glyphMargin: false,
      lineDecorationsWidth: 6,
      ariaLabel: "Scenario code",
    });
    editorRef.current = editor;
    const disposables = [
      editor.onDidChangeModelContent(() => store.getState().setCode(editor.getValue())),
      editor.onDidChangeCursorPosition((e) => store.getState().setEditorCursorLine(e.position.lineNumber)),
      editor.addAction({
        id: "tornado-playground.run",
        label: "Run scenario",
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => start.runNow("user"),
      }),
      registerTornadoHover(monaco),
    ];
    start.onReady?.();
    return () => {
      for (const d of disposables) d.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, [store]);

  // Text set from outside the editor (the release selector, a test). An edit, not
  // setValue, so the change can be undone like typing.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === code) return;
    editor.pushUndoStop();
    editor.executeEdits("store", [{ range: model.getFullModelRange(), text: code }]);
    editor.pushUndoStop();
  }, [code]);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  useDiagnosticMarkers(editorRef);
  useLineHighlights(editorRef);

  return <div ref={container} className="monaco-host" data-testid="monaco-host" />;
}

function monacoTheme(theme: Theme): string {
  return theme === "dark" ? "vs-dark" : "vs";
}

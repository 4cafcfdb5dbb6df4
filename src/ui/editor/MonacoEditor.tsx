import { useEffect, useRef } from "react";
import { selectCode, selectSetCode, type Theme } from "../state";
import { monaco } from "./monaco";
import { usePlayground } from "./storeContext";

/** Props of {@link MonacoEditor}. */
export interface MonacoEditorProps {
  /** The colour scheme shown by the page. */
  theme: Theme;
  /** Called once, when the editor is on screen and holds the scenario text. */
  onReady?: () => void;
}

/**
 * The scenario editor. Monaco owns everything inside the container div; the
 * text goes both ways between the editor model and the store.
 */
export default function MonacoEditor({ theme, onReady }: MonacoEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const code = usePlayground(selectCode);
  const setCode = usePlayground(selectSetCode);
  const initial = useRef({ code, theme, onReady, setCode });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const start = initial.current;
    const editor = monaco.editor.create(host, {
      value: start.code,
      language: "python",
      theme: monacoTheme(start.theme),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      tabSize: 4,
      insertSpaces: true,
      ariaLabel: "Scenario code",
    });
    editorRef.current = editor;
    const sub = editor.onDidChangeModelContent(() => start.setCode(editor.getValue()));
    start.onReady?.();
    return () => {
      sub.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  // Text set from outside the editor (a share link, an example, a test).
  useEffect(() => {
    const editor = editorRef.current;
    if (editor && editor.getValue() !== code) editor.setValue(code);
  }, [code]);

  useEffect(() => {
    monaco.editor.setTheme(monacoTheme(theme));
  }, [theme]);

  return <div ref={container} className="monaco-host" data-testid="monaco-host" />;
}

function monacoTheme(theme: Theme): string {
  return theme === "dark" ? "vs-dark" : "vs";
}

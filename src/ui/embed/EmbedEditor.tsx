import { useEffect, useRef } from "react";
import { monaco } from "../editor/monaco";

/** Props of {@link EmbedEditor}. */
export interface EmbedEditorProps {
  readonly code: string;
  readonly theme: "light" | "dark";
  /** Every edit, with the whole text. */
  readonly onChange: (code: string) => void;
  /** Called once the editor is on screen. */
  readonly onReady?: () => void;
}

/**
 * Monaco in place of the highlighted code, once the reader clicks Edit: the page's
 * own Monaco module (bundled, no CDN), loaded lazily with this component.
 */
export default function EmbedEditor({ code, theme, onChange, onReady }: EmbedEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const first = useRef({ code, theme, onChange, onReady });
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    const start = first.current;
    const e = monaco.editor.create(host.current!, {
      value: start.code,
      language: "python",
      theme: start.theme === "dark" ? "vs-dark" : "vs",
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 4,
      insertSpaces: true,
      lineNumbersMinChars: 3,
      ariaLabel: "Scenario code",
    });
    editor.current = e;
    const sub = e.onDidChangeModelContent(() => first.current.onChange(e.getValue()));
    e.focus();
    start.onReady?.();
    return () => {
      sub.dispose();
      e.getModel()?.dispose();
      e.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    first.current.onChange = onChange;
  }, [onChange]);

  useEffect(() => {
    monaco.editor.setTheme(theme === "dark" ? "vs-dark" : "vs");
  }, [theme]);

  return <div ref={host} className="embed-editor" data-testid="embed-monaco" />;
}

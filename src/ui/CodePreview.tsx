import { selectCode } from "../state";
import { usePlayground } from "./storeContext";

/**
 * The scenario text as plain, read-only text with line numbers: what the editor
 * pane shows while Monaco loads, so the code is there from the first paint.
 */
export function CodePreview() {
  const code = usePlayground(selectCode);
  const lines = code.split(/\r\n|\r|\n/);
  return (
    <pre className="code-preview" aria-label="Scenario code (the editor is loading)">
      {lines.map((line, i) => (
        <span key={i} className="code-preview-line">
          <span className="code-preview-number" aria-hidden="true">
            {i + 1}
          </span>
          {line}
          {"\n"}
        </span>
      ))}
    </pre>
  );
}

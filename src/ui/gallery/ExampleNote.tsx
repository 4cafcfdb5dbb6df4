import { selectCode, selectExample, selectSetExample } from "../../state";
import { usePlayground } from "../storeContext";
import "./gallery.css";

/**
 * The explanation of the gallery example last opened: what to notice in the chart.
 * It stays while the text is edited (saying so), until dismissed.
 */
export function ExampleNote() {
  const example = usePlayground(selectExample);
  const code = usePlayground(selectCode);
  const setExample = usePlayground(selectSetExample);
  if (example === null) return null;
  const edited = example.source !== code;
  return (
    <aside className="example-note" aria-label="About this example">
      <div className="example-note__text">
        <strong>{example.title}</strong>
        {edited && <span className="example-note__edited"> (edited since)</span>}
        <p>{example.explanation}</p>
      </div>
      <button type="button" className="small-button" onClick={() => setExample(null)}>
        Dismiss
      </button>
    </aside>
  );
}

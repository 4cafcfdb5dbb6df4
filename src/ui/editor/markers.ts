import type { EditorDiagnostic } from "../../worker";
import type { monaco } from "./monaco";

/** The owner name of the playground's markers on the model. */
export const MARKER_OWNER = "tornado-playground";

/** Editor diagnostics as Monaco marker data (both count lines and columns from 1). */
export function toMarkers(
  diagnostics: readonly EditorDiagnostic[],
  severity: typeof monaco.MarkerSeverity,
): monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    severity: d.severity === "error" ? severity.Error : severity.Warning,
    message: d.message,
    source: d.source,
    startLineNumber: d.line,
    startColumn: d.col,
    endLineNumber: d.endLine,
    endColumn: d.endCol,
  }));
}

/**
 * Turning what a run found wrong into editor diagnostics: the compiler's syntax
 * errors, malformed directives, a module that raised while loading, and a loop the
 * step budget stopped. Pure functions of plain data.
 */
import type { Diagnostic } from "../python";
import type { DirectiveError } from "../scenario";
import { splitLines } from "../scenario";
import type { TraceEvent } from "../trace";
import type { EditorDiagnostic } from "./protocol";

/** The compiler's diagnostics (0-based columns) as 1-based editor ranges of at least one character. */
export function fromSyntax(diagnostics: readonly Diagnostic[]): EditorDiagnostic[] {
  return diagnostics.map((d) => {
    const col = d.col + 1;
    const sameLine = d.endLine === d.line;
    const endCol = sameLine ? Math.max(d.endCol + 1, col + 1) : d.endCol + 1;
    return {
      source: "syntax",
      severity: "error",
      line: d.line,
      col,
      endLine: Math.max(d.endLine, d.line),
      endCol,
      message: `${d.type}: ${d.message}`,
    };
  });
}

/** Malformed directives, each marking its whole line (the line is not applied). */
export function fromDirectives(errors: readonly DirectiveError[], source: string): EditorDiagnostic[] {
  const lines = splitLines(source);
  return errors.map((e) => ({
    source: "directive",
    severity: "error",
    ...wholeLine(lines, e.line),
    // The marker sits on the line already; the message need not repeat it.
    message: e.message.replace(/^line \d+: /, ""),
  }));
}

/** A `load-error` or `runaway` event of a trace as a marker on its line; other events give none. */
export function fromEvent(event: TraceEvent, source: string): EditorDiagnostic | null {
  if (event.kind === "load-error") {
    if (event.line < 1) return null;
    return {
      source: "load",
      severity: "error",
      ...wholeLine(splitLines(source), event.line),
      message: event.message ? `${event.excType}: ${event.message}` : event.excType,
    };
  }
  if (event.kind === "runaway") {
    if (event.line < 1) return null;
    return {
      source: "runaway",
      severity: "error",
      ...wholeLine(splitLines(source), event.line),
      message: event.message,
    };
  }
  return null;
}

function wholeLine(
  lines: readonly { text: string }[],
  line: number,
): Pick<EditorDiagnostic, "line" | "col" | "endLine" | "endCol"> {
  const text = lines[line - 1]?.text ?? "";
  // From the first non-blank character, so the squiggle underlines code, not indentation.
  const first = text.length - text.trimStart().length;
  return { line, col: first + 1, endLine: line, endCol: Math.max(text.length + 1, first + 2) };
}

import type { DiagnosticSink } from "../diagnostics/sink";
import type { LineIndex } from "../positions";
import type { LogicalLine } from "./scan";

/**
 * CPython's indentation rules over logical lines: a block opener must be followed by
 * a deeper line, a deeper line must follow a block opener, a shallower line must
 * return to an enclosing level, and tabs and spaces must agree on the nesting whether
 * a tab counts as 8 columns or as 1. Lezer accepts most of these silently.
 */
export function checkIndentation(lines: readonly LogicalLine[], index: LineIndex, sink: DiagnosticSink): void {
  const widths = [0];
  const alts = [0];
  let opener: LogicalLine | null = null;
  const inconsistent = (at: LogicalLine): void =>
    sink.add(
      "parse",
      "IndentationError",
      "inconsistent use of tabs and spaces in indentation",
      index.lineStart(at.line),
      at.start,
    );

  for (const line of lines) {
    const top = widths[widths.length - 1];
    if (line.indent > top) {
      // CPython's tokenizer allows 99 levels of indentation.
      if (widths.length === 100) {
        sink.add("token", "IndentationError", "too many levels of indentation", line.start, line.start);
      }
      if (line.altIndent <= alts[alts.length - 1]) inconsistent(line);
      else if (!opener) {
        sink.add("parse", "IndentationError", "unexpected indent", line.start, line.start);
      }
      widths.push(line.indent);
      alts.push(line.altIndent);
    } else {
      if (opener) {
        sink.add(
          "parse",
          "IndentationError",
          `expected an indented block after ${opener.opener} on line ${opener.line}`,
          line.start,
          line.start,
        );
      }
      while (widths.length > 1 && line.indent < widths[widths.length - 1]) {
        widths.pop();
        alts.pop();
      }
      if (line.indent !== widths[widths.length - 1]) {
        sink.add(
          "parse",
          "IndentationError",
          "unindent does not match any outer indentation level",
          line.start,
          line.start,
        );
        // Go on as if this width opened a level, so one slip gives one message.
        widths.push(line.indent);
        alts.push(line.altIndent);
      } else if (line.altIndent !== alts[alts.length - 1]) {
        inconsistent(line);
      }
    }
    opener = line.opener ? line : null;
  }
  if (opener) {
    sink.add(
      "parse",
      "IndentationError",
      `expected an indented block after ${opener.opener} on line ${opener.line}`,
      opener.end,
      opener.end,
    );
  }
}

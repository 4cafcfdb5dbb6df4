import type { DiagnosticSink } from "../diagnostics/sink";
import type { LogicalLine } from "./scan";

/**
 * CPython's indentation rules over logical lines: a block opener must be followed by
 * a deeper line, a deeper line must follow a block opener, a shallower line must
 * return to an enclosing level, and tabs and spaces must agree on the nesting whether
 * a tab counts as 8 columns or as 1. Lezer accepts most of these silently.
 */
export function checkIndentation(lines: readonly LogicalLine[], text: string, sink: DiagnosticSink): void {
  const widths = [0];
  const alts = [0];
  let opener: LogicalLine | null = null;
  // Bad dedents and tabs are the tokenizer's errors; a missing or unexpected block is the parser's.
  const tokenizer = (message: string, at: LogicalLine): void =>
    sink.add("dedent", "IndentationError", message, at.start, at.start);
  const parser = (message: string, offset: number): void =>
    sink.add("parse", "IndentationError", message, offset, offset);

  for (const line of lines) {
    const top = widths[widths.length - 1];
    if (line.indent > top) {
      // CPython's tokenizer allows 99 levels of indentation.
      if (widths.length === 100) tokenizer("too many levels of indentation", line);
      if (line.altIndent <= alts[alts.length - 1]) {
        tokenizer("inconsistent use of tabs and spaces in indentation", line);
      } else if (!opener) {
        // The parser stops at the INDENT token; CPython reports this without looking further.
        sink.add("indent", "IndentationError", "unexpected indent", line.start, line.start);
      }
      widths.push(line.indent);
      alts.push(line.altIndent);
    } else {
      while (widths.length > 1 && line.indent < widths[widths.length - 1]) {
        widths.pop();
        alts.pop();
      }
      if (line.indent !== widths[widths.length - 1]) {
        // The tokenizer stops here, before the parser could miss a block.
        tokenizer("unindent does not match any outer indentation level", line);
        // Go on as if this width opened a level, so one slip gives one message.
        widths.push(line.indent);
        alts.push(line.altIndent);
      } else {
        if (line.altIndent !== alts[alts.length - 1]) {
          tokenizer("inconsistent use of tabs and spaces in indentation", line);
        }
        if (opener) parser(`expected an indented block after ${opener.opener} on line ${opener.line}`, line.start);
      }
    }
    opener = line.opener ? line : null;
  }
  // At the end of the file CPython points at the end of the last line.
  const eof = text.endsWith("\n") ? text.length - 1 : text.length;
  if (opener) parser(`expected an indented block after ${opener.opener} on line ${opener.line}`, eof);
}

/**
 * Python source as highlighted lines, for the read-only code view: the Lezer
 * Python parser and `@lezer/highlight`'s class highlighter (`tok-keyword`,
 * `tok-string`, ...), no Monaco. Pure: text in, tokens out; React renders them as
 * elements, never as HTML strings.
 */
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { parser } from "@lezer/python";

/** A run of text and its highlight classes ("" for plain text). */
export interface Token {
  readonly text: string;
  readonly cls: string;
}

/** The tokens of each line of `code` (no line ends). Never throws: Lezer recovers from errors. */
export function highlightLines(code: string): Token[][] {
  const lines: Token[][] = [[]];
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, cls) => lines[lines.length - 1].push({ text, cls }),
    () => lines.push([]),
  );
  return lines;
}

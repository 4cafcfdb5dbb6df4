/**
 * Splitting a scenario text into lines the way Python counts them: `\r\n`, `\r` and
 * `\n` each end a line, so line numbers agree with the ones CPython reports.
 */

/** One line of a text, without its ending. */
export interface TextLine {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  /** `\r\n`, `\r`, `\n`, or '' for a last line with no ending. */
  readonly ending: string;
}

/** The lines of `text`; joining `text + ending` over them gives `text` back. */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ number: out.length + 1, text: text.slice(start, m.index), ending: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length || out.length === 0) {
    out.push({ number: out.length + 1, text: text.slice(start), ending: "" });
  }
  return out;
}

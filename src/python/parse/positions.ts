import type { Pos } from "../ast";

/**
 * Maps character offsets in one source text to CPython-style positions: 1-based
 * line, 0-based column counted in UTF-16 code units from the start of the line (a
 * tab counts as one column, as in CPython's `col_offset`).
 */
export class LineIndex {
  /** Offset of the first character of each line; `starts[0] === 0`. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // `\r\n` is one line break; a lone `\r` is one too, as in CPython.
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  /** Number of lines as CPython counts them: a final line break does not open a new line. */
  get lineCount(): number {
    const n = this.starts.length;
    return n > 1 && this.starts[n - 1] === this.text.length ? n - 1 : n;
  }

  /** The position of `offset` (clamped to the text). */
  pos(offset: number): Pos {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - this.starts[lo] };
  }

  /** Offset of the first character of a 1-based line (the text length past the end). */
  lineStart(line: number): number {
    return line - 1 < this.starts.length ? this.starts[line - 1] : this.text.length;
  }
}

/**
 * The marker line CPython 3.11 prints under a traceback's source line: `^` under the
 * failing operation, or for a binary operator or a subscript `~` under the operands
 * and `^` under the operator (or the brackets). Mirrors
 * `traceback.StackSummary.format_frame_summary` (3.11.7), quirks included.
 */

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Where `~` turns to `^` and back, as offsets into `segment` (the operation's text). */
function anchors(segment: string, start: number, anchor: readonly number[]): [number, number] | null {
  if (anchor.length < 3) return null;
  const [a, b] = [anchor[0]! - start, anchor[1]! - start];
  if (anchor[2] === 1) {
    let left = a;
    let right = b + 1;
    while (left < segment.length && segment[left] !== "[") left++;
    while (right < segment.length && segment[right] !== "]") right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  const operator = segment.slice(a, b);
  const offset = operator.length - operator.trimStart().length;
  let left = a + offset;
  let right = left + 1;
  if (offset + 1 < operator.length && !isSpace(operator[offset + 1])) right++;
  while (left < segment.length && (isSpace(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
    left++;
    right++;
  }
  return [left, right];
}

/**
 * The marker line (with its newline) for an entry whose source line is `original`
 * (without its line break; `hasNewline` tells whether the file had one after it) and
 * whose operation spans `span` = `[line, col, endLine, endCol]`, then for a binary operator
 * or subscript on one line its anchor columns and 1 for a subscript (0 else); "" when
 * CPython prints none (the operation covers the whole line).
 */
export function caretLine(original: string, hasNewline: boolean, span: readonly number[]): string {
  const [line, col, endLine, endCol] = span as [number, number, number, number];
  const stripped = original.trim();
  if (!stripped) return "";
  // CPython measures the raw line, line break included, against the stripped one.
  const strippedChars = original.length + (hasNewline ? 1 : 0) - stripped.length;
  const start = col;
  let end = endCol;
  let marks: [number, number] | null = null;
  if (line === endLine) marks = anchors(original.slice(start, end), start, span.slice(4));
  else end = original.trimEnd().length;
  if (!(end - start < stripped.length || (marks && marks[1] - marks[0] > 0))) return "";
  let out = "    " + " ".repeat(Math.max(0, start + 1 - strippedChars));
  if (marks) {
    out += "~".repeat(marks[0]) + "^".repeat(marks[1] - marks[0]) + "~".repeat(Math.max(0, end - start - marks[1]));
  } else out += "^".repeat(Math.max(0, end - start));
  return out + "\n";
}

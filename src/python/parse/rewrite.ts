import type { ScanResult } from "./lexical/scan";
import type { PrintSite } from "./print";

/**
 * Edits that let Lezer read valid code its Python grammar gets wrong. Every edit
 * keeps the text's length and line breaks, so offsets and positions are unchanged,
 * and lowering knows, from the recorded offsets, what the original said.
 */
export interface Rewritten {
  readonly text: string;
  /** Python 2 print statements, by the offset of their `print` keyword. */
  readonly printSites: ReadonlyMap<number, PrintSite>;
  /** Offsets of `print` names renamed so Lezer reads them as names (`print = log`). */
  readonly printNames: ReadonlySet<number>;
  /** Number literals written with a trailing dot (`5.`), by the offset of the number: they are floats. */
  readonly trailingDotFloats: ReadonlySet<number>;
}

/**
 * A same-length spelling Lezer reads of a number with a dot it cannot read: `5.`
 * becomes `5 ` (a float, recorded by the caller), `1.e5` becomes `1e05`, `1.e-5`
 * becomes `1e-05`, `2.j` becomes `02j`.
 */
function respellNumber(text: string): { text: string; trailingDot: boolean } {
  const exponent = /^([0-9_]+)\.([eE][+-]?)(.*)$/.exec(text);
  if (exponent) return { text: `${exponent[1]}${exponent[2]}0${exponent[3]}`, trailingDot: false };
  const imaginary = /^([0-9_]+)\.([jJ])$/.exec(text);
  if (imaginary) return { text: `0${imaginary[1]}${imaginary[2]}`, trailingDot: false };
  return { text: `${text.slice(0, -1)} `, trailingDot: true };
}

/**
 * The parenthesized items of a `with` as Lezer can read them: the parentheses and a
 * trailing comma become spaces, and each line break inside ends in a backslash (taking
 * the place of a space at the end of the line, or of one at its start, the rest of the
 * line moving one column left). Null, leaving the text as it is, when a line has no
 * such space, or there is a `#` (a comment, after which a backslash would not count) or
 * a triple quote (a string whose lines would change).
 */
function unparenthesizeWithItems(
  text: string,
  { open, close, comma }: { open: number; close: number; comma: number | null },
): { at: number; text: string } | null {
  const chars = text.slice(open, close + 1).split("");
  for (const at of comma === null ? [open, close] : [open, comma, close]) chars[at - open] = " ";
  const span = chars.join("");
  if (span.includes("#") || span.includes("'''") || span.includes('"""')) return null;
  const lines = span.split("\n");
  for (let k = 0; k < lines.length - 1; k++) {
    const cr = lines[k]!.endsWith("\r") ? "\r" : "";
    const line = cr ? lines[k]!.slice(0, -1) : lines[k]!;
    if (/[ \t]$/.test(line)) lines[k] = line.slice(0, -1) + "\\" + cr;
    else if (/^[ \t]/.test(line)) lines[k] = line.slice(1) + "\\" + cr;
    else return null;
  }
  return { at: open, text: lines.join("\n") };
}

/**
 * Applies the edits the scan found:
 *
 * - Lezer reads `print` at the start of a statement, followed by anything but `(`,
 *   `.`, a comment or the end of the line, as a `print` keyword, and then accepts only
 *   one expression after it, so `print a, b` and `print >>f, x` come out as errors.
 *   `print` becomes `yield` (a statement that takes a comma list, a trailing comma
 *   included) and `>>` becomes two spaces. In `print = f` it becomes another name.
 * - Lezer's numbers cannot have a dot without digits after it, so `5.` and `1.e5`
 *   read as attribute accesses. They are spelled differently (see `respellNumber`).
 * - Lezer's `with` takes no parenthesized list of items (`with (A() as a, B() as b):`,
 *   CPython 3.10): see `unparenthesizeWithItems`.
 * - In an f-string Lezer reads `\{` and `\}` as escapes, so `rf"\{x}"` loses its
 *   field; in Python the backslash stays literal and the brace keeps its meaning.
 *   The backslash becomes a space (literal text is decoded from the original).
 */
export function rewriteForLezer(text: string, scanned: ScanResult): Rewritten {
  const printSites = new Map<number, PrintSite>();
  const printNames = new Set<number>();
  const trailingDotFloats = new Set<number>();
  const edits: { at: number; text: string }[] = [];
  for (const p of scanned.prints) {
    edits.push({ at: p.at, text: "yield" });
    if (p.dest !== null) edits.push({ at: p.dest, text: "  " });
    printSites.set(p.at, { dest: p.dest !== null });
  }
  for (const at of scanned.printNames) {
    edits.push({ at, text: "prinT" });
    printNames.add(at);
  }
  for (const { from, to } of scanned.dottedNumbers) {
    const spelled = respellNumber(text.slice(from, to));
    edits.push({ at: from, text: spelled.text });
    if (spelled.trailingDot) trailingDotFloats.add(from);
  }
  for (const at of scanned.fstringBackslashes) edits.push({ at, text: " " });
  for (const items of scanned.withParens) {
    const edit = unparenthesizeWithItems(text, items);
    if (edit !== null) edits.push(edit);
  }
  if (edits.length === 0) return { text, printSites, printNames, trailingDotFloats };

  edits.sort((a, b) => a.at - b.at);
  let out = "";
  let copied = 0;
  for (const edit of edits) {
    out += text.slice(copied, edit.at) + edit.text;
    copied = edit.at + edit.text.length;
  }
  out += text.slice(copied);
  return { text: out, printSites, printNames, trailingDotFloats };
}

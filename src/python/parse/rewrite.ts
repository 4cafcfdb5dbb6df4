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
 * Applies the edits the scan found:
 *
 * - Lezer reads `print` at the start of a statement, followed by anything but `(`,
 *   `.`, a comment or the end of the line, as a `print` keyword, and then accepts only
 *   one expression after it, so `print a, b` and `print >>f, x` come out as errors.
 *   `print` becomes `yield` (a statement that takes a comma list, a trailing comma
 *   included) and `>>` becomes two spaces. In `print = f` it becomes another name.
 * - Lezer's numbers cannot have a dot without digits after it, so `5.` and `1.e5`
 *   read as attribute accesses. They are spelled differently (see `respellNumber`).
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

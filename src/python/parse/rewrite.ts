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
  /** Number literals written with a trailing dot (`5.`), by the offset of the number: they are floats. */
  readonly trailingDotFloats: ReadonlySet<number>;
}

/**
 * Applies the edits the scan found:
 *
 * - Lezer reads `print` at the start of a statement, followed by anything but `(`,
 *   `.`, a comment or the end of the line, as a `print` keyword, and then accepts only
 *   one expression after it, so `print a, b` and `print >>f, x` come out as errors.
 *   `print` becomes `yield` (a statement that takes a comma list, a trailing comma
 *   included) and `>>` becomes two spaces.
 * - Lezer's numbers cannot end in a dot, so `5.` reads as an attribute access with
 *   the name missing. The dot becomes a space.
 */
export function rewriteForLezer(text: string, scanned: ScanResult): Rewritten {
  const printSites = new Map<number, PrintSite>();
  const trailingDotFloats = new Set<number>();
  if (scanned.prints.length === 0 && scanned.trailingDots.length === 0) {
    return { text, printSites, trailingDotFloats };
  }
  const edits: { at: number; text: string }[] = [];
  for (const p of scanned.prints) {
    edits.push({ at: p.at, text: "yield" });
    if (p.dest !== null) edits.push({ at: p.dest, text: "  " });
    printSites.set(p.at, { dest: p.dest !== null });
  }
  for (const { number, dot } of scanned.trailingDots) {
    edits.push({ at: dot, text: " " });
    trailingDotFloats.add(number);
  }
  edits.sort((a, b) => a.at - b.at);
  let out = "";
  let copied = 0;
  for (const edit of edits) {
    out += text.slice(copied, edit.at) + edit.text;
    copied = edit.at + edit.text.length;
  }
  out += text.slice(copied);
  return { text: out, printSites, trailingDotFloats };
}

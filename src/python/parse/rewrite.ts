import type { Tree } from "@lezer/common";
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
  /** Number literals written with a trailing dot (`5.`), by offset: they are floats. */
  readonly trailingDotFloats: ReadonlySet<number>;
}

interface Edit {
  readonly at: number;
  readonly text: string;
}

/**
 * Finds what to rewrite in Lezer's first reading of `text`:
 *
 * - Lezer reads `print` followed by anything but `(`, `.`, a comment or the end of
 *   the line as a `print` keyword and then accepts only one expression after it, so
 *   `print a, b` and `print >>f, x` come out as errors. `print` becomes `yield` (a
 *   statement that takes a comma list, a trailing comma included) and `>>` becomes
 *   two spaces. `print = ...` is left alone: no Python 2 print statement starts so.
 * - Lezer's numbers cannot end in a dot, so `5.` reads as an attribute access with
 *   the name missing. The dot becomes a space.
 *
 * Returns null when there is nothing to rewrite (then the first tree stands).
 */
export function rewriteForLezer(text: string, tree: Tree): Rewritten | null {
  const edits: Edit[] = [];
  const printSites = new Map<number, PrintSite>();
  const trailingDotFloats = new Set<number>();
  tree.iterate({
    enter(ref) {
      if (ref.name === "PrintStatement") {
        const kw = ref.node.firstChild;
        if (kw && kw.name === "print") {
          let next = kw.from + 5;
          while (text[next] === " " || text[next] === "\t") next++;
          if (text[next] === "=" && text[next + 1] !== "=") return false;
          const dest = text.startsWith(">>", next);
          edits.push({ at: kw.from, text: "yield" });
          if (dest) edits.push({ at: next, text: "  " });
          printSites.set(kw.from, { dest });
        }
        return undefined;
      }
      if (ref.name === "Number" && text[ref.to] === "." && /^[0-9_]+$/.test(text.slice(ref.from, ref.to))) {
        const after = text[ref.to + 1] ?? "";
        if (!/[\p{L}\p{N}_]/u.test(after)) {
          edits.push({ at: ref.to, text: " " });
          trailingDotFloats.add(ref.from);
        }
      }
      return undefined;
    },
  });
  if (edits.length === 0) return null;

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

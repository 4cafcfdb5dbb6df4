import type { SyntaxNode, Tree } from "@lezer/common";
import type { Expr, PrintStmt } from "../ast";
import { kids, type LowerContext } from "./context";
import { lowerItems } from "./expressions";

/** A Python 2 `print` statement found in the source; `dest` when it has `>>file`. */
export interface PrintSite {
  readonly dest: boolean;
}

/**
 * Lezer reads `print` followed by anything but `(`, `.`, a comment or the end of the
 * line as a `print` keyword and then accepts only one expression after it, so
 * `print a, b` and `print >>f, x` come out as errors. The source is rewritten in
 * place, keeping every offset: `print` becomes `yield` (a statement that takes a
 * comma list, a trailing comma included) and `>>` becomes two spaces. Lowering turns
 * the YieldStatements at these offsets back into PrintStmt.
 *
 * `print x = ...` is left alone: no Python 2 print statement starts that way.
 */
export function rewritePrintStatements(text: string, tree: Tree): { text: string; sites: Map<number, PrintSite> } {
  const sites = new Map<number, PrintSite>();
  const keywords: number[] = [];
  tree.iterate({
    enter(node) {
      if (node.name === "PrintStatement") {
        const kw = node.node.firstChild;
        if (kw && kw.name === "print") keywords.push(kw.from);
        return false;
      }
      return undefined;
    },
  });
  if (keywords.length === 0) return { text, sites };

  let out = "";
  let copied = 0;
  for (const at of keywords) {
    let next = at + 5;
    while (text[next] === " " || text[next] === "\t") next++;
    if (text[next] === "=" && text[next + 1] !== "=") continue;
    const dest = text.startsWith(">>", next);
    out += text.slice(copied, at) + "yield";
    copied = at + 5;
    if (dest) {
      out += text.slice(copied, next) + "  ";
      copied = next + 2;
    }
    sites.set(at, { dest });
  }
  out += text.slice(copied);
  return { text: out, sites };
}

/** Lowers the YieldStatement written in place of a print statement. */
export function lowerPrint(cx: LowerContext, node: SyntaxNode, site: PrintSite): PrintStmt {
  const at = cx.pos(node);
  const rest = kids(node).slice(1);
  const { items } = lowerItems(cx, rest);
  const trailingComma = rest.length > 0 && rest[rest.length - 1].name === ",";
  let dest: Expr | null = null;
  let values = items;
  if (site.dest) {
    dest = items[0] ?? null;
    values = items.slice(1);
  }
  return { kind: "print", values, trailingComma, dest, line: at.line, col: at.col };
}

/** A bare `print` (Lezer reads it as an expression statement of the name `print`). */
export function barePrint(cx: LowerContext, node: SyntaxNode): PrintStmt {
  const at = cx.pos(node);
  return { kind: "print", values: [], trailingComma: false, dest: null, line: at.line, col: at.col };
}

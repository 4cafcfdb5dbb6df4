import type { SyntaxNode } from "@lezer/common";
import type { Expr, PrintStmt } from "../ast";
import { kids, type LowerContext } from "./context";
import { lowerItems } from "./expressions";

/** A Python 2 `print` statement found in the source; `dest` when it has `>>file`. */
export interface PrintSite {
  readonly dest: boolean;
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

import type { SyntaxNode } from "@lezer/common";
import type { Alias, Stmt } from "../ast";
import { kids, type LowerContext } from "./context";

/**
 * `import a.b as c, d` and `from ..m import (x as y, z)` / `from m import *`.
 * Lezer lays the dotted names out flat (VariableName "." VariableName ...).
 */
export function lowerImport(cx: LowerContext, node: SyntaxNode): Stmt | null {
  const children = kids(node);
  const at = cx.pos(node);
  if (children[0]?.name === "import") {
    return { kind: "import", names: readAliases(cx, children.slice(1)), line: at.line, col: at.col };
  }
  const importAt = children.findIndex((c) => c.name === "import");
  let level = 0;
  const moduleParts: string[] = [];
  for (const c of children.slice(1, importAt >= 0 ? importAt : undefined)) {
    // Dots before the module name count levels; those after it join its parts.
    if (c.name === "." && moduleParts.length === 0) level += 1;
    else if (c.name === "Ellipsis") level += 3;
    else if (c.name === "VariableName") moduleParts.push(cx.src(c));
  }
  const rest = importAt >= 0 ? children.slice(importAt + 1) : [];
  const names: Alias[] =
    rest.length === 1 && rest[0].name === "*"
      ? [{ name: "*", asname: null }]
      : readAliases(
          cx,
          rest.filter((c) => c.name !== "(" && c.name !== ")"),
        );
  return {
    kind: "importfrom",
    module: moduleParts.join("."),
    level,
    names,
    line: at.line,
    col: at.col,
  };
}

function readAliases(cx: LowerContext, nodes: SyntaxNode[]): Alias[] {
  const out: Alias[] = [];
  let parts: string[] = [];
  let asname: string | null = null;
  let afterAs = false;
  const flush = (): void => {
    if (parts.length > 0) out.push({ name: parts.join("."), asname });
    parts = [];
    asname = null;
    afterAs = false;
  };
  for (const c of nodes) {
    if (c.name === ",") flush();
    else if (c.name === "as") afterAs = true;
    else if (c.name === "VariableName") {
      if (afterAs) asname = cx.src(c);
      else parts.push(cx.src(c));
    }
  }
  flush();
  return out;
}

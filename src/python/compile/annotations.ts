/**
 * Annotations as CPython 3.11 evaluates them: a module or class body that annotates a
 * name gets an `__annotations__` dict (filled as each `x: T = v` runs, after the
 * assignment); a function's parameter and return annotations are evaluated when the
 * `def` runs and kept on the function. Under `from __future__ import annotations`
 * they are the annotation's source text instead, and nothing is evaluated.
 */
import type * as A from "../ast";
import { type Ctx, jsString } from "./context";
import { expr, loadName } from "./expr";
import { unparse } from "./unparse";

/** Whether the module starts with `from __future__ import annotations` (after its docstring). */
export function futureAnnotations(body: readonly A.Stmt[]): boolean {
  for (const [i, s] of body.entries()) {
    if (i === 0 && s.kind === "expr" && s.value.kind === "str") continue;
    if (s.kind !== "importfrom" || s.module !== "__future__") return false;
    if (s.names.some((n) => n.name === "annotations")) return true;
  }
  return false;
}

/** Whether a body annotates a name anywhere CPython looks (not inside nested defs and classes). */
function annotates(body: readonly A.Stmt[]): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case "annassign":
        return true;
      case "if":
      case "while":
      case "for":
        return annotates(s.body) || annotates(s.orelse);
      case "with":
        return annotates(s.body);
      case "try":
        return (
          annotates(s.body) ||
          s.handlers.some((h) => annotates(h.body)) ||
          annotates(s.orelse) ||
          annotates(s.finalbody)
        );
      default:
        return false;
    }
  });
}

/** The statement that makes `__annotations__` before a module or class body runs, or "". */
export function annotationsSetup(ctx: Ctx, body: readonly A.Stmt[]): string {
  if (!annotates(body)) return "";
  if (ctx.scope.kind === "module") return `if (!$g.has("__annotations__")) $g.set("__annotations__", $dict([]));`;
  return `${ctx.classNs}.set("__annotations__", $dict([]));`;
}

/** An annotation as a JS expression: its value, or its text under the future import. */
function annotation(ctx: Ctx, e: A.Expr): string {
  return ctx.mod.futureAnnotations ? jsString(unparse(e)) : expr(ctx, e);
}

/** What `target: annotation` adds after its assignment (if any) has run. */
export function annotate(ctx: Ctx, s: A.AnnAssignStmt): string {
  if (ctx.scope.kind === "function") return "";
  if (s.target.kind === "name") {
    return `$si(${loadName(ctx, "__annotations__")}, ${jsString(s.target.id)}, ${annotation(ctx, s.annotation)});`;
  }
  // Other targets' annotations are evaluated and dropped.
  return ctx.mod.futureAnnotations ? "" : `${expr(ctx, s.annotation)};`;
}

/**
 * A function's annotations as a JS array of alternating names and values (parameters in
 * order, then `return`), evaluated in the defining scope; "null" when it has none.
 */
export function functionAnnotations(outer: Ctx, params: A.Params, returns: A.Expr | null): string {
  const parts: string[] = [];
  const add = (name: string, e: A.Expr | null) => {
    if (e) parts.push(jsString(name), annotation(outer, e));
  };
  // CPython's order: the positional-or-keyword parameters before the positional-only ones.
  for (const p of [...params.args, ...params.posonly]) add(p.name, p.annotation);
  if (params.vararg) add(params.vararg.name, params.vararg.annotation);
  for (const p of params.kwonly) add(p.name, p.annotation);
  if (params.kwarg) add(params.kwarg.name, params.kwarg.annotation);
  add("return", returns);
  return parts.length ? `[${parts.join(", ")}]` : "null";
}

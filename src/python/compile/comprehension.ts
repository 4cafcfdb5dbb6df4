/**
 * Comprehensions and generator expressions. Each runs in its own scope: a JS arrow
 * function (or a generator function for generator expressions and comprehensions
 * that await), so its loop variables do not leak.
 */
import type * as A from "../ast";
import { Ctx, jsName, jsString } from "./context";
import { at, expr, test } from "./expr";
import { assignTo } from "./assign";
import { markSafe } from "./definite";

function loopNames(t: A.Expr): string[] {
  if (t.kind === "name") return [t.id];
  if (t.kind === "tuple" || t.kind === "list") return t.elts.flatMap(loopNames);
  if (t.kind === "starred") return loopNames(t.value);
  return [];
}

type Comp = A.CompExpr | A.DictCompExpr;

export function compileComprehension(outer: Ctx, e: Comp): string {
  const scope = outer.scope.children.get(e)!;
  const isGenexp = e.kind === "genexp";
  const usesAwait = scope.hasAwait;
  const ctx = new Ctx(outer.mod, scope, isGenexp || usesAwait, outer);
  ctx.stmtLine = outer.stmtLine;
  // Each loop variable is bound before the conditions, later loops and the element read it.
  ctx.safeLoads = new WeakSet();
  const bound: string[] = [];
  e.generators.forEach((g, i) => {
    bound.push(...loopNames(g.target));
    const later = e.generators.slice(i + 1).flatMap((h) => [h.iter, ...h.ifs]);
    markSafe([...g.ifs, ...later], bound, ctx.safeLoads!);
  });
  markSafe(e.kind === "dictcomp" ? [e.key, e.value] : [e.elt], bound, ctx.safeLoads);
  // The first iterable is evaluated in the enclosing scope, right away.
  const firstIter = expr(outer, e.generators[0]!.iter);
  const acc = outer.mod.unique("$r");
  const body: string[] = [];
  let produce: string;
  switch (e.kind) {
    case "listcomp":
      produce = `${acc}.push(${expr(ctx, e.elt)});`;
      break;
    case "setcomp":
      produce = `$setadd(${acc}, ${expr(ctx, e.elt)});`;
      break;
    case "dictcomp":
      produce = `$dictset(${acc}, ${expr(ctx, e.key)}, ${expr(ctx, e.value)});`;
      break;
    case "genexp":
      produce = `yield ${expr(ctx, e.elt)};`;
      break;
  }
  // Build the nested loops from the innermost out.
  let inner = produce;
  for (let i = e.generators.length - 1; i >= 0; i--) {
    const g = e.generators[i]!;
    const it = outer.mod.unique("$it");
    const v = outer.mod.unique("$v");
    const conds = g.ifs.map((c) => `if (!${test(ctx, c)}) continue;`).join(" ");
    const src = i === 0 ? "$arg" : expr(ctx, g.iter);
    const next = g.isAsync ? `(yield* $anext(${it}))` : `$next(${it})`;
    const iterOf = g.isAsync ? `$aiter(${src})` : `$iter(${src})`;
    // As in a for statement (stmt.ts), a generator made for this loop is closed if the loop is left early.
    if (!g.isAsync && (g.iter.kind === "call" || g.iter.kind === "genexp")) {
      const done = outer.mod.unique("$done");
      inner = `{ const ${it} = ${iterOf}; let ${done} = false; try { for (;;) { if (--$rt.budget < 0) $rt.outOfBudget(); const ${v} = ${next}; if (${v} === $STOP) { ${done} = true; break; } ${assignTo(ctx, g.target, v)} ${conds} ${inner} } } finally { if (!${done}) $release(${it}); } }`;
    } else {
      inner = `{ const ${it} = ${iterOf}; for (;;) { if (--$rt.budget < 0) $rt.outOfBudget(); const ${v} = ${next}; if (${v} === $STOP) break; ${assignTo(ctx, g.target, v)} ${conds} ${inner} } }`;
    }
  }
  const locals = [...scope.bound].filter((n) => scope.isLocal(n)).map(jsName);
  const decl = [...locals, ...ctx.temps];
  body.push(decl.length ? `let ${decl.join(", ")};` : "");
  if (isGenexp) {
    body.push(inner);
    // The generator runs later, in a frame of its own (the caller's may be reused by then).
    return `$mkgen(function* ($arg) { const $f = this; ${body.join(" ")} }, $f, "<genexpr>", ${firstIter})`;
  }
  const init = e.kind === "listcomp" ? "[]" : e.kind === "setcomp" ? "$set([])" : "$dict([])";
  const result = e.kind === "listcomp" ? `$list(${acc})` : acc;
  body.push(`const ${acc} = ${init};`, inner, `return ${result};`);
  if (usesAwait) return `(yield* (function* ($arg) { ${body.join(" ")} })(${firstIter}))`;
  // A frame of its own, as CPython 3.11 gives comprehensions (it shows in tracebacks).
  const name = e.kind === "listcomp" ? "<listcomp>" : e.kind === "setcomp" ? "<setcomp>" : "<dictcomp>";
  return `$comp(${jsString(name)}, $f, ($arg) => { ${body.join(" ")} }, ${at(outer, e.span, firstIter)})`;
}

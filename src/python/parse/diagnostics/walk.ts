import type { Expr, FStringPart, Params, Pattern, Stmt } from "../../ast";

/** The expressions a `case` pattern evaluates (values, classes, mapping keys), in source order. */
export function patternExprs(p: Pattern): Expr[] {
  switch (p.kind) {
    case "value":
      return [p.value];
    case "singleton":
    case "star":
      return [];
    case "sequence":
    case "or":
      return p.patterns.flatMap(patternExprs);
    case "mapping":
      return p.keys.flatMap((k, i) => [k, ...patternExprs(p.patterns[i]!)]);
    case "class":
      return [p.cls, ...p.patterns.flatMap(patternExprs), ...p.kwdPatterns.flatMap(patternExprs)];
    case "as":
      return p.pattern ? patternExprs(p.pattern) : [];
  }
}

/** The names a `case` pattern binds (captures, `as` names, `*rest`, `**rest`), in source order. */
export function patternNames(p: Pattern): string[] {
  switch (p.kind) {
    case "value":
    case "singleton":
      return [];
    case "star":
      return p.name ? [p.name] : [];
    case "sequence":
      return p.patterns.flatMap(patternNames);
    case "or":
      return p.patterns.length ? patternNames(p.patterns[0]!) : [];
    case "mapping":
      return [...p.patterns.flatMap(patternNames), ...(p.rest ? [p.rest] : [])];
    case "class":
      return [...p.patterns.flatMap(patternNames), ...p.kwdPatterns.flatMap(patternNames)];
    case "as":
      return [...(p.pattern ? patternNames(p.pattern) : []), ...(p.name ? [p.name] : [])];
  }
}

/** Defaults and annotations of a parameter list (evaluated where the def or lambda is). */
export function paramExprs(params: Params): Expr[] {
  const out: Expr[] = [];
  const all = [...params.posonly, ...params.args, ...params.kwonly];
  if (params.vararg) all.push(params.vararg);
  if (params.kwarg) all.push(params.kwarg);
  for (const p of all) {
    if (p.default) out.push(p.default);
    if (p.annotation) out.push(p.annotation);
  }
  return out;
}

function partExprs(parts: readonly FStringPart[], out: Expr[]): void {
  for (const p of parts) {
    if (p.kind === "field") {
      out.push(p.value);
      if (p.spec) out.push(p.spec);
    }
  }
}

/** The direct subexpressions of an expression, in source order. */
export function childExprs(e: Expr): Expr[] {
  switch (e.kind) {
    case "name":
    case "const":
    case "str":
    case "bytes":
      return [];
    case "fstring": {
      const out: Expr[] = [];
      partExprs(e.parts, out);
      return out;
    }
    case "tuple":
    case "list":
    case "set":
      return [...e.elts];
    case "dict":
      return e.entries.flatMap((en) => (en.key ? [en.key, en.value] : [en.value]));
    case "listcomp":
    case "setcomp":
    case "genexp":
      return [e.elt, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case "dictcomp":
      return [e.key, e.value, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case "attribute":
      return [e.value];
    case "subscript":
      return [e.value, e.index];
    case "slice":
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case "call":
      return [e.func, ...e.args.map((a) => a.value)];
    case "binop":
      return [e.left, e.right];
    case "unary":
      return [e.operand];
    case "boolop":
      return [...e.values];
    case "compare":
      return [e.left, ...e.comparators];
    case "ifexp":
      return [e.body, e.test, e.orelse];
    case "lambda":
      return [...paramExprs(e.params), e.body];
    case "yield":
      return e.value ? [e.value] : [];
    case "yieldfrom":
    case "await":
    case "starred":
      return [e.value];
    case "named":
      return [e.target, e.value];
  }
}

/** The expressions a statement holds directly (not those of nested statements). */
export function stmtExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case "expr":
      return [s.value];
    case "assign":
      return [...s.targets, s.value];
    case "augassign":
      return [s.target, s.value];
    case "annassign":
      return s.value ? [s.target, s.annotation, s.value] : [s.target, s.annotation];
    case "functiondef":
      return [...s.decorators, ...paramExprs(s.params), ...(s.returns ? [s.returns] : [])];
    case "classdef":
      return [...s.decorators, ...s.bases.map((b) => b.value)];
    case "return":
      return s.value ? [s.value] : [];
    case "if":
    case "while":
      return [s.test];
    case "for":
      return [s.target, s.iter];
    case "try":
      return s.handlers.flatMap((h) => (h.type ? [h.type] : []));
    case "with":
      return s.items.flatMap((i) => (i.target ? [i.context, i.target] : [i.context]));
    case "match":
      return [s.subject, ...s.cases.flatMap((c) => [...patternExprs(c.pattern), ...(c.guard ? [c.guard] : [])])];
    case "raise":
      return [s.exc, s.cause].filter((x): x is Expr => x !== null);
    case "assert":
      return s.msg ? [s.test, s.msg] : [s.test];
    case "delete":
      return [...s.targets];
    case "print":
      return s.dest ? [s.dest, ...s.values] : [...s.values];
    case "pass":
    case "break":
    case "continue":
    case "import":
    case "importfrom":
    case "global":
    case "nonlocal":
      return [];
  }
}

/** The statement lists nested in a statement, in source order. */
export function stmtBlocks(s: Stmt): (readonly Stmt[])[] {
  switch (s.kind) {
    case "functiondef":
    case "classdef":
    case "with":
      return [s.body];
    case "if":
    case "while":
    case "for":
      return [s.body, s.orelse];
    case "try":
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case "match":
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** Visits every statement and expression of a tree, parents before children. */
export function walk(body: readonly Stmt[], visitor: { stmt?(s: Stmt): void; expr?(e: Expr): void }): void {
  const expr = (e: Expr): void => {
    visitor.expr?.(e);
    for (const c of childExprs(e)) expr(c);
  };
  const stmts = (list: readonly Stmt[]): void => {
    for (const s of list) {
      visitor.stmt?.(s);
      for (const e of stmtExprs(s)) expr(e);
      for (const b of stmtBlocks(s)) stmts(b);
    }
  };
  stmts(body);
}

/**
 * Private name mangling: inside a class body (and the functions nested in it), an
 * identifier `__x` that does not end in `__` becomes `_Class__x`, as CPython's compiler
 * rewrites it: names, attributes, parameters, keyword arguments, definitions,
 * imports' bound names and `global`/`nonlocal` lists. Runs on the AST before scope
 * analysis; nodes without such names are returned as they are.
 */
import type * as A from "../ast";

/** The mangled form of `name` inside class `cls` (null outside any class). */
export function mangle(name: string, cls: string | null): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

/** The module with every private name mangled. */
export function mangleModule(module: A.Module): A.Module {
  const body = stmts(module.body, null);
  return body === module.body ? module : { ...module, body };
}

/** Map an array, keeping it when no element changed. */
function mapAll<T>(items: readonly T[], f: (x: T) => T): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const y = f(items[i]!);
    if (y !== items[i] && out === null) out = items.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? items;
}

function stmts(body: readonly A.Stmt[], cls: string | null): readonly A.Stmt[] {
  return mapAll(body, (s) => stmt(s, cls));
}

function opt<T>(x: T | null, f: (x: T) => T): T | null {
  return x === null ? null : f(x);
}

/** A shallow copy of `node` with `changes`, or `node` itself when nothing differs. */
function update<T extends object>(node: T, changes: Partial<T>): T {
  for (const k of Object.keys(changes) as (keyof T)[]) {
    if (changes[k] !== node[k]) return { ...node, ...changes };
  }
  return node;
}

function params(p: A.Params, cls: string | null, outer: string | null): A.Params {
  const param = (q: A.Param): A.Param =>
    update(q, {
      name: mangle(q.name, cls),
      default: opt(q.default, (e) => expr(e, outer)),
      annotation: opt(q.annotation, (e) => expr(e, outer)),
    });
  return update(p, {
    posonly: mapAll(p.posonly, param),
    args: mapAll(p.args, param),
    vararg: opt(p.vararg, param),
    kwonly: mapAll(p.kwonly, param),
    kwarg: opt(p.kwarg, param),
  });
}

function pattern(p: A.Pattern, cls: string | null): A.Pattern {
  const e = (x: A.Expr) => expr(x, cls);
  const sub = (q: A.Pattern) => pattern(q, cls);
  const name = (n: string | null) => (n === null ? null : mangle(n, cls));
  switch (p.kind) {
    case "value":
      return update(p, { value: e(p.value) });
    case "singleton":
      return p;
    case "sequence":
    case "or":
      return update(p, { patterns: mapAll(p.patterns, sub) } as Partial<typeof p>);
    case "star":
      return update(p, { name: name(p.name) });
    case "mapping":
      return update(p, { keys: mapAll(p.keys, e), patterns: mapAll(p.patterns, sub), rest: name(p.rest) });
    case "class":
      return update(p, { cls: e(p.cls), patterns: mapAll(p.patterns, sub), kwdPatterns: mapAll(p.kwdPatterns, sub) });
    case "as":
      return update(p, { pattern: opt(p.pattern, sub), name: name(p.name) });
  }
}

function stmt(s: A.Stmt, cls: string | null): A.Stmt {
  const e = (x: A.Expr) => expr(x, cls);
  const body = (b: readonly A.Stmt[]) => stmts(b, cls);
  switch (s.kind) {
    case "classdef":
      // The class's own name is bound outside it; its body mangles with its own name.
      return update(s, {
        name: mangle(s.name, cls),
        bases: mapAll(s.bases, (a) => arg(a, cls)),
        decorators: mapAll(s.decorators, e),
        body: stmts(s.body, s.name),
      });
    case "functiondef":
      return update(s, {
        name: mangle(s.name, cls),
        params: params(s.params, cls, cls),
        body: body(s.body),
        decorators: mapAll(s.decorators, e),
        returns: opt(s.returns, e),
      });
    case "expr":
      return update(s, { value: e(s.value) });
    case "assign":
      return update(s, { targets: mapAll(s.targets, e), value: e(s.value) });
    case "augassign":
      return update(s, { target: e(s.target), value: e(s.value) });
    case "annassign":
      return update(s, { target: e(s.target), annotation: e(s.annotation), value: opt(s.value, e) });
    case "return":
      return update(s, { value: opt(s.value, e) });
    case "if":
    case "while":
      return update(s, { test: e(s.test), body: body(s.body), orelse: body(s.orelse) } as Partial<typeof s>);
    case "for":
      return update(s, { target: e(s.target), iter: e(s.iter), body: body(s.body), orelse: body(s.orelse) });
    case "try":
      return update(s, {
        body: body(s.body),
        handlers: mapAll(s.handlers, (h) =>
          update(h, { type: opt(h.type, e), name: h.name === null ? null : mangle(h.name, cls), body: body(h.body) }),
        ),
        orelse: body(s.orelse),
        finalbody: body(s.finalbody),
      });
    case "with":
      return update(s, {
        items: mapAll(s.items, (it) => update(it, { context: e(it.context), target: opt(it.target, e) })),
        body: body(s.body),
      });
    case "match":
      return update(s, {
        subject: e(s.subject),
        cases: mapAll(s.cases, (c) =>
          update(c, { pattern: pattern(c.pattern, cls), guard: opt(c.guard, e), body: body(c.body) }),
        ),
      });
    case "raise":
      return update(s, { exc: opt(s.exc, e), cause: opt(s.cause, e) });
    case "assert":
      return update(s, { test: e(s.test), msg: opt(s.msg, e) });
    case "delete":
      return update(s, { targets: mapAll(s.targets, e) });
    case "import":
    case "importfrom":
      return update(s, {
        names: mapAll(s.names, (a) =>
          a.asname !== null
            ? update(a, { asname: mangle(a.asname, cls) })
            : s.kind === "importfrom" && mangle(a.name, cls) !== a.name
              ? { ...a, asname: mangle(a.name, cls) }
              : a,
        ),
      } as Partial<typeof s>);
    case "global":
    case "nonlocal":
      return update(s, { names: mapAll(s.names, (n) => mangle(n, cls)) } as Partial<typeof s>);
    case "print":
      return update(s, { values: mapAll(s.values, e), dest: opt(s.dest, e) });
    case "pass":
    case "break":
    case "continue":
      return s;
  }
}

function arg(a: A.Arg, cls: string | null): A.Arg {
  const value = expr(a.value, cls);
  if (a.kind === "keyword") return update(a, { name: mangle(a.name, cls), value });
  return update(a, { value });
}

function comprehension(g: A.Comprehension, cls: string | null): A.Comprehension {
  return update(g, {
    target: expr(g.target, cls),
    iter: expr(g.iter, cls),
    ifs: mapAll(g.ifs, (x) => expr(x, cls)),
  });
}

function expr(x: A.Expr, cls: string | null): A.Expr {
  if (cls === null) return x;
  const e = (y: A.Expr) => expr(y, cls);
  switch (x.kind) {
    case "name":
      return update(x, { id: mangle(x.id, cls) });
    case "attribute":
      return update(x, { value: e(x.value), attr: mangle(x.attr, cls) });
    case "const":
    case "str":
    case "bytes":
      return x;
    case "fstring":
      return fstring(x, cls);
    case "tuple":
    case "list":
    case "set":
      return update(x, { elts: mapAll(x.elts, e) } as Partial<typeof x>);
    case "dict":
      return update(x, {
        entries: mapAll(x.entries, (en) => update(en, { key: opt(en.key, e), value: e(en.value) })),
      });
    case "listcomp":
    case "setcomp":
    case "genexp":
      return update(x, { elt: e(x.elt), generators: mapAll(x.generators, (g) => comprehension(g, cls)) });
    case "dictcomp":
      return update(x, {
        key: e(x.key),
        value: e(x.value),
        generators: mapAll(x.generators, (g) => comprehension(g, cls)),
      });
    case "subscript":
      return update(x, { value: e(x.value), index: e(x.index) });
    case "slice":
      return update(x, { lower: opt(x.lower, e), upper: opt(x.upper, e), step: opt(x.step, e) });
    case "call":
      return update(x, { func: e(x.func), args: mapAll(x.args, (a) => arg(a, cls)) });
    case "binop":
      return update(x, { left: e(x.left), right: e(x.right) });
    case "unary":
      return update(x, { operand: e(x.operand) });
    case "boolop":
      return update(x, { values: mapAll(x.values, e) });
    case "compare":
      return update(x, { left: e(x.left), comparators: mapAll(x.comparators, e) });
    case "ifexp":
      return update(x, { test: e(x.test), body: e(x.body), orelse: e(x.orelse) });
    case "lambda":
      return update(x, { params: params(x.params, cls, cls), body: e(x.body) });
    case "yield":
      return update(x, { value: opt(x.value, e) });
    case "yieldfrom":
    case "await":
    case "starred":
      return update(x, { value: e(x.value) } as Partial<typeof x>);
    case "named":
      return update(x, { target: e(x.target) as A.NameExpr, value: e(x.value) });
  }
}

function fstring(x: A.FStringExpr, cls: string | null): A.FStringExpr {
  return update(x, {
    parts: mapAll(x.parts, (p) =>
      p.kind === "text" ? p : update(p, { value: expr(p.value, cls), spec: opt(p.spec, (s) => fstring(s, cls)) }),
    ),
  });
}

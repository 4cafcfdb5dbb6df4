/**
 * Scope analysis: which names each function or class body binds, which are global,
 * nonlocal or free, and whether a function is a generator. Computed before code is
 * emitted, as CPython's symtable does.
 */
import type * as A from "../ast";
import { patternExprs, patternNames } from "../parse/diagnostics/walk";

export type ScopeKind = "module" | "function" | "class" | "comprehension";

export class Scope {
  /** Names bound in this scope (assigned, parameters, imports, defs, for/with/except targets). */
  readonly bound = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params = new Set<string>();
  /** Contains `yield` (a generator) — for functions. */
  isGenerator = false;
  /** Contains `await` directly (not in a nested function). */
  hasAwait = false;
  /** Uses zero-argument `super()` or `__class__`. */
  usesClassCell = false;
  readonly children = new Map<object, Scope>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly name: string,
  ) {}

  /** Whether `name` is a local variable of this scope (function or comprehension). */
  isLocal(name: string): boolean {
    return this.bound.has(name) && !this.globals.has(name) && !this.nonlocals.has(name);
  }

  /** The nearest enclosing function scope (skipping classes) that binds `name` locally, if any. */
  resolveFree(name: string): Scope | null {
    for (let s = this.parent; s; s = s.parent) {
      if (s.kind === "class") continue;
      if (s.kind === "module") return null;
      if (s.globals.has(name)) return null;
      if (s.isLocal(name)) return s;
    }
    return null;
  }
}

/** Build the scope tree of a module. Scopes are keyed by their AST node. */
export function analyze(module: A.Module): Scope {
  const root = new Scope("module", null, "<module>");
  for (const s of module.body) visitStmt(s, root);
  return root;
}

function bindTarget(t: A.Expr, scope: Scope): void {
  switch (t.kind) {
    case "name":
      scope.bound.add(t.id);
      break;
    case "tuple":
    case "list":
      for (const e of t.elts) bindTarget(e, scope);
      break;
    case "starred":
      bindTarget(t.value, scope);
      break;
    default:
      visitExpr(t, scope);
  }
}

function visitBody(body: readonly A.Stmt[], scope: Scope): void {
  for (const s of body) visitStmt(s, scope);
}

function visitParams(p: A.Params, outer: Scope): void {
  for (const param of [...p.posonly, ...p.args, ...p.kwonly]) {
    if (param.default) visitExpr(param.default, outer);
    if (param.annotation) visitExpr(param.annotation, outer);
  }
  if (p.vararg?.annotation) visitExpr(p.vararg.annotation, outer);
  if (p.kwarg?.annotation) visitExpr(p.kwarg.annotation, outer);
}

function paramNames(p: A.Params): string[] {
  const out = [...p.posonly, ...p.args].map((x) => x.name);
  if (p.vararg) out.push(p.vararg.name);
  for (const k of p.kwonly) out.push(k.name);
  if (p.kwarg) out.push(p.kwarg.name);
  return out;
}

function newFunctionScope(node: object, parent: Scope, name: string, params: A.Params): Scope {
  const s = new Scope("function", parent, name);
  parent.children.set(node, s);
  for (const n of paramNames(params)) {
    s.bound.add(n);
    s.params.add(n);
  }
  return s;
}

function visitStmt(s: A.Stmt, scope: Scope): void {
  switch (s.kind) {
    case "expr":
      visitExpr(s.value, scope);
      break;
    case "assign":
      visitExpr(s.value, scope);
      for (const t of s.targets) bindTarget(t, scope);
      break;
    case "augassign":
      visitExpr(s.value, scope);
      bindTarget(s.target, scope);
      if (s.target.kind !== "name") visitExpr(s.target, scope);
      break;
    case "annassign":
      if (s.value) visitExpr(s.value, scope);
      if (s.value || s.target.kind !== "name") bindTarget(s.target, scope);
      if (scope.kind !== "function") visitExpr(s.annotation, scope);
      break;
    case "functiondef": {
      for (const d of s.decorators) visitExpr(d, scope);
      visitParams(s.params, scope);
      if (s.returns) visitExpr(s.returns, scope);
      scope.bound.add(s.name);
      const fs = newFunctionScope(s, scope, s.name, s.params);
      visitBody(s.body, fs);
      break;
    }
    case "classdef": {
      for (const d of s.decorators) visitExpr(d, scope);
      for (const b of s.bases) visitExpr(b.value, scope);
      scope.bound.add(s.name);
      const cs = new Scope("class", scope, s.name);
      scope.children.set(s, cs);
      visitBody(s.body, cs);
      break;
    }
    case "return":
      if (s.value) visitExpr(s.value, scope);
      break;
    case "if":
    case "while":
      visitExpr(s.test, scope);
      visitBody(s.body, scope);
      visitBody(s.orelse, scope);
      break;
    case "for":
      visitExpr(s.iter, scope);
      bindTarget(s.target, scope);
      if (s.isAsync) scope.hasAwait = true;
      visitBody(s.body, scope);
      visitBody(s.orelse, scope);
      break;
    case "try":
      visitBody(s.body, scope);
      for (const h of s.handlers) {
        if (h.type) visitExpr(h.type, scope);
        if (h.name) scope.bound.add(h.name);
        visitBody(h.body, scope);
      }
      visitBody(s.orelse, scope);
      visitBody(s.finalbody, scope);
      break;
    case "with":
      if (s.isAsync) scope.hasAwait = true;
      for (const item of s.items) {
        visitExpr(item.context, scope);
        if (item.target) bindTarget(item.target, scope);
      }
      visitBody(s.body, scope);
      break;
    case "raise":
      if (s.exc) visitExpr(s.exc, scope);
      if (s.cause) visitExpr(s.cause, scope);
      break;
    case "assert":
      visitExpr(s.test, scope);
      if (s.msg) visitExpr(s.msg, scope);
      break;
    case "delete":
      for (const t of s.targets) bindTarget(t, scope);
      break;
    case "import":
      for (const a of s.names) scope.bound.add(a.asname ?? a.name.split(".")[0]!);
      break;
    case "importfrom":
      for (const a of s.names) if (a.name !== "*") scope.bound.add(a.asname ?? a.name);
      break;
    case "global":
      for (const n of s.names) scope.globals.add(n);
      break;
    case "nonlocal":
      for (const n of s.names) scope.nonlocals.add(n);
      break;
    case "print":
      for (const v of s.values) visitExpr(v, scope);
      if (s.dest) visitExpr(s.dest, scope);
      break;
    case "match":
      visitExpr(s.subject, scope);
      for (const c of s.cases) {
        for (const e of patternExprs(c.pattern)) visitExpr(e, scope);
        for (const n of patternNames(c.pattern)) scope.bound.add(n);
        if (c.guard) visitExpr(c.guard, scope);
        visitBody(c.body, scope);
      }
      break;
    case "pass":
    case "break":
    case "continue":
      break;
    default: {
      const never: never = s;
      throw new Error(`unknown statement ${(never as A.Stmt).kind}`);
    }
  }
}

/** The scope a walrus inside a comprehension binds in: the nearest non-comprehension scope. */
function walrusScope(scope: Scope): Scope {
  let s = scope;
  while (s.kind === "comprehension" && s.parent) s = s.parent;
  return s;
}

function visitComprehension(node: object, gens: readonly A.Comprehension[], elts: A.Expr[], scope: Scope): void {
  // The first iterable is evaluated in the enclosing scope.
  visitExpr(gens[0]!.iter, scope);
  const cs = new Scope("comprehension", scope, "<comprehension>");
  scope.children.set(node, cs);
  gens.forEach((g, i) => {
    if (i > 0) visitExpr(g.iter, cs);
    bindTarget(g.target, cs);
    for (const c of g.ifs) visitExpr(c, cs);
    if (g.isAsync) cs.hasAwait = true;
  });
  for (const e of elts) visitExpr(e, cs);
  if (cs.hasAwait && scope.kind !== "module") scope.hasAwait = true;
}

function visitExpr(e: A.Expr, scope: Scope): void {
  switch (e.kind) {
    case "name":
      if (e.id === "super" || e.id === "__class__") scope.usesClassCell = true;
      break;
    case "const":
    case "str":
    case "bytes":
      break;
    case "fstring":
      for (const p of e.parts) {
        if (p.kind === "field") {
          visitExpr(p.value, scope);
          if (p.spec) visitExpr(p.spec, scope);
        }
      }
      break;
    case "tuple":
    case "list":
    case "set":
      for (const x of e.elts) visitExpr(x, scope);
      break;
    case "dict":
      for (const en of e.entries) {
        if (en.key) visitExpr(en.key, scope);
        visitExpr(en.value, scope);
      }
      break;
    case "listcomp":
    case "setcomp":
    case "genexp":
      visitComprehension(e, e.generators, [e.elt], scope);
      if (e.kind === "genexp") {
        const cs = scope.children.get(e)!;
        cs.isGenerator = true;
      }
      break;
    case "dictcomp":
      visitComprehension(e, e.generators, [e.key, e.value], scope);
      break;
    case "attribute":
      visitExpr(e.value, scope);
      break;
    case "subscript":
      visitExpr(e.value, scope);
      visitExpr(e.index, scope);
      break;
    case "slice":
      if (e.lower) visitExpr(e.lower, scope);
      if (e.upper) visitExpr(e.upper, scope);
      if (e.step) visitExpr(e.step, scope);
      break;
    case "call":
      visitExpr(e.func, scope);
      for (const a of e.args) visitExpr(a.value, scope);
      break;
    case "binop":
      visitExpr(e.left, scope);
      visitExpr(e.right, scope);
      break;
    case "unary":
      visitExpr(e.operand, scope);
      break;
    case "boolop":
      for (const v of e.values) visitExpr(v, scope);
      break;
    case "compare":
      visitExpr(e.left, scope);
      for (const c of e.comparators) visitExpr(c, scope);
      break;
    case "ifexp":
      visitExpr(e.test, scope);
      visitExpr(e.body, scope);
      visitExpr(e.orelse, scope);
      break;
    case "lambda": {
      visitParams(e.params, scope);
      const fs = newFunctionScope(e, scope, "<lambda>", e.params);
      visitExpr(e.body, fs);
      break;
    }
    case "yield":
      scope.isGenerator = true;
      if (e.value) visitExpr(e.value, scope);
      break;
    case "yieldfrom":
      scope.isGenerator = true;
      visitExpr(e.value, scope);
      break;
    case "await":
      scope.hasAwait = true;
      visitExpr(e.value, scope);
      break;
    case "named":
      visitExpr(e.value, scope);
      walrusScope(scope).bound.add(e.target.id);
      break;
    case "starred":
      visitExpr(e.value, scope);
      break;
    default: {
      const never: never = e;
      throw new Error(`unknown expression ${(never as A.Expr).kind}`);
    }
  }
}

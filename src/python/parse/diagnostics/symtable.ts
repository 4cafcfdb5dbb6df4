import type { Expr, Params, Pos, Stmt } from "../../ast";
import type { DiagnosticSink } from "./sink";
import { childExprs, paramExprs, patternExprs, patternNames } from "./walk";

type ScopeKind = "module" | "class" | "function" | "comprehension";

/** What one scope declares and binds, gathered in source order as CPython's symbol table does. */
class Scope {
  readonly params = new Set<string>();
  /** Names assigned (or deleted, or bound by def/class/for/with/except) so far. */
  readonly assigned = new Set<string>();
  readonly imported = new Set<string>();
  readonly used = new Set<string>();
  readonly annotated = new Set<string>();
  readonly globals = new Map<string, Pos>();
  readonly nonlocals = new Map<string, Pos>();
  readonly children: Scope[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    /** For a comprehension scope, CPython's name for it (`list comprehension`, ...). */
    readonly comprehensionName: string | null = null,
  ) {
    parent?.children.push(this);
  }

  /** Names this scope binds locally, which nested functions can see. */
  locals(): Set<string> {
    const out = new Set<string>([...this.params, ...this.assigned, ...this.imported, ...this.nonlocals.keys()]);
    for (const g of this.globals.keys()) out.delete(g);
    return out;
  }
}

const COMPREHENSION_NAMES = {
  listcomp: "list comprehension",
  setcomp: "set comprehension",
  dictcomp: "dict comprehension",
  genexp: "generator expression",
} as const;

/**
 * The symbol table's checks: `global`/`nonlocal` misuse, duplicate parameters,
 * `import *` in a function, `yield` in a comprehension. Errors found while reading
 * the tree come in the `symtable` phase; those found when resolving names afterwards
 * (`no binding for nonlocal`, `nonlocal and global`) in the later `analysis` phase,
 * matching the order in which CPython would report them.
 */
export function checkSymbols(body: readonly Stmt[], sink: DiagnosticSink): void {
  const module = new Scope("module", null);

  const declareParams = (scope: Scope, params: Params): void => {
    const all = [...params.posonly, ...params.args];
    if (params.vararg) all.push(params.vararg);
    all.push(...params.kwonly);
    if (params.kwarg) all.push(params.kwarg);
    for (const p of all) {
      if (scope.params.has(p.name)) {
        sink.syntax("symtable", `duplicate argument '${p.name}' in function definition`, p);
      }
      scope.params.add(p.name);
    }
  };

  const store = (e: Expr, scope: Scope): void => {
    if (e.kind === "name") scope.assigned.add(e.id);
    else if (e.kind === "tuple" || e.kind === "list") for (const x of e.elts) store(x, scope);
    else if (e.kind === "starred") store(e.value, scope);
    else expr(e, scope);
  };

  const comprehension = (
    e: Extract<Expr, { kind: "listcomp" | "setcomp" | "dictcomp" | "genexp" }>,
    scope: Scope,
  ): void => {
    const inner = new Scope("comprehension", scope, COMPREHENSION_NAMES[e.kind]);
    const innerExpr = (x: Expr): void => expr(x, inner);
    e.generators.forEach((g, i) => {
      if (i === 0) expr(g.iter, scope);
      else innerExpr(g.iter);
      store(g.target, inner);
      g.ifs.forEach(innerExpr);
    });
    if (e.kind === "dictcomp") {
      innerExpr(e.key);
      innerExpr(e.value);
    } else innerExpr(e.elt);
  };

  const expr = (e: Expr, scope: Scope): void => {
    switch (e.kind) {
      case "name":
        scope.used.add(e.id);
        return;
      case "named": {
        // The walrus binds in the nearest enclosing scope that is not a comprehension.
        let target = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        target.assigned.add(e.target.id);
        expr(e.value, scope);
        return;
      }
      case "lambda": {
        for (const d of paramExprs(e.params)) expr(d, scope);
        const inner = new Scope("function", scope);
        declareParams(inner, e.params);
        expr(e.body, inner);
        return;
      }
      case "listcomp":
      case "setcomp":
      case "dictcomp":
      case "genexp":
        comprehension(e, scope);
        return;
      case "yield":
      case "yieldfrom":
        if (scope.comprehensionName) sink.syntax("symtable", `'yield' inside ${scope.comprehensionName}`, e);
        break;
      default:
        break;
    }
    for (const c of childExprs(e)) expr(c, scope);
  };

  const declare = (s: Extract<Stmt, { kind: "global" | "nonlocal" }>, scope: Scope): void => {
    const kind = s.kind;
    if (kind === "nonlocal" && scope.kind === "module") {
      sink.syntax("symtable", "nonlocal declaration not allowed at module level", s);
      return;
    }
    for (const id of s.names) {
      let problem: string | null = null;
      if (scope.params.has(id)) problem = `name '${id}' is parameter and ${kind}`;
      else if (scope.used.has(id)) problem = `name '${id}' is used prior to ${kind} declaration`;
      else if (scope.annotated.has(id)) problem = `annotated name '${id}' can't be ${kind}`;
      else if (scope.assigned.has(id)) problem = `name '${id}' is assigned to before ${kind} declaration`;
      if (problem) sink.syntax("symtable", problem, s);
      const table = kind === "global" ? scope.globals : scope.nonlocals;
      if (!table.has(id)) table.set(id, { line: s.line, col: s.col });
    }
  };

  const stmts = (list: readonly Stmt[], scope: Scope): void => {
    for (const s of list) stmt(s, scope);
  };

  const stmt = (s: Stmt, scope: Scope): void => {
    switch (s.kind) {
      case "global":
      case "nonlocal":
        declare(s, scope);
        return;
      case "functiondef": {
        for (const d of [...s.decorators, ...paramExprs(s.params)]) expr(d, scope);
        if (s.returns) expr(s.returns, scope);
        scope.assigned.add(s.name);
        const inner = new Scope("function", scope);
        declareParams(inner, s.params);
        stmts(s.body, inner);
        return;
      }
      case "classdef": {
        for (const d of [...s.decorators, ...s.bases.map((b) => b.value)]) expr(d, scope);
        scope.assigned.add(s.name);
        stmts(s.body, new Scope("class", scope));
        return;
      }
      case "assign":
        for (const t of s.targets) store(t, scope);
        expr(s.value, scope);
        return;
      case "augassign":
        store(s.target, scope);
        expr(s.value, scope);
        return;
      case "annassign":
        if (s.target.kind === "name") {
          scope.annotated.add(s.target.id);
          scope.assigned.add(s.target.id);
        } else store(s.target, scope);
        expr(s.annotation, scope);
        if (s.value) expr(s.value, scope);
        return;
      case "delete":
        for (const t of s.targets) store(t, scope);
        return;
      case "for":
        store(s.target, scope);
        expr(s.iter, scope);
        stmts(s.body, scope);
        stmts(s.orelse, scope);
        return;
      case "with":
        for (const item of s.items) {
          expr(item.context, scope);
          if (item.target) store(item.target, scope);
        }
        stmts(s.body, scope);
        return;
      case "try":
        stmts(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) expr(h.type, scope);
          if (h.name) scope.assigned.add(h.name);
          stmts(h.body, scope);
        }
        stmts(s.orelse, scope);
        stmts(s.finalbody, scope);
        return;
      case "import":
        for (const a of s.names) scope.imported.add(a.asname ?? a.name.split(".")[0]);
        return;
      case "importfrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (scope.kind !== "module") sink.syntax("symtable", "import * only allowed at module level", s);
          } else scope.imported.add(a.asname ?? a.name);
        }
        return;
      case "expr":
        expr(s.value, scope);
        return;
      case "return":
        if (s.value) expr(s.value, scope);
        return;
      case "if":
      case "while":
        expr(s.test, scope);
        stmts(s.body, scope);
        stmts(s.orelse, scope);
        return;
      case "raise":
        if (s.exc) expr(s.exc, scope);
        if (s.cause) expr(s.cause, scope);
        return;
      case "assert":
        expr(s.test, scope);
        if (s.msg) expr(s.msg, scope);
        return;
      case "print":
        for (const e of s.dest ? [s.dest, ...s.values] : s.values) expr(e, scope);
        return;
      case "match":
        expr(s.subject, scope);
        for (const c of s.cases) {
          for (const e of patternExprs(c.pattern)) expr(e, scope);
          for (const n of patternNames(c.pattern)) scope.assigned.add(n);
          if (c.guard) expr(c.guard, scope);
          stmts(c.body, scope);
        }
        return;
      case "pass":
      case "break":
      case "continue":
        return;
    }
  };

  stmts(body, module);
  analyze(module, new Set(), sink);
}

/** Resolves `nonlocal` names against the functions around each scope. */
function analyze(scope: Scope, bound: ReadonlySet<string>, sink: DiagnosticSink): void {
  for (const [id, at] of scope.nonlocals) {
    const globalAt = scope.globals.get(id);
    if (globalAt) {
      const first = globalAt.line < at.line || (globalAt.line === at.line && globalAt.col < at.col) ? globalAt : at;
      sink.syntax("analysis", `name '${id}' is nonlocal and global`, first);
    } else if (!bound.has(id)) {
      sink.syntax("analysis", `no binding for nonlocal '${id}' found`, at);
    }
  }
  let next: ReadonlySet<string>;
  if (scope.kind === "module") next = new Set();
  else if (scope.kind === "class") next = bound;
  else next = new Set([...bound, ...scope.locals()]);
  for (const child of scope.children) analyze(child, next, sink);
}

import type { Expr, Stmt } from "../../ast";
import type { DiagnosticSink } from "./sink";
import { childExprs, paramExprs, patternExprs, stmtBlocks } from "./walk";

/** Where a statement or expression sits, as the compiler sees it. */
interface Where {
  readonly scope: "module" | "class" | "function";
  readonly isAsync: boolean;
  /** An `async def` that contains `yield`. */
  readonly asyncGenerator: boolean;
  readonly inLoop: boolean;
  /** Inside a list, set or dict comprehension (not a generator expression). */
  readonly inComprehension: Expr | null;
  readonly inGenexp: boolean;
}

const MODULE: Where = {
  scope: "module",
  isAsync: false,
  asyncGenerator: false,
  inLoop: false,
  inComprehension: null,
  inGenexp: false,
};

function functionWhere(isAsync: boolean, body: readonly Stmt[] | null): Where {
  return {
    scope: "function",
    isAsync,
    asyncGenerator: isAsync && body !== null && containsYield(body),
    inLoop: false,
    inComprehension: null,
    inGenexp: false,
  };
}

/** Whether a function body yields (not counting nested functions, lambdas and classes). */
export function containsYield(body: readonly Stmt[]): boolean {
  const inExpr = (e: Expr): boolean =>
    e.kind === "yield" || e.kind === "yieldfrom" || (e.kind !== "lambda" && childExprs(e).some(inExpr));
  const inStmts = (list: readonly Stmt[]): boolean =>
    list.some((s) => {
      if (s.kind === "functiondef" || s.kind === "classdef") return false;
      return ownExprs(s).some(inExpr) || stmtBlocks(s).some(inStmts);
    });
  return inStmts(body);
}

// Expressions of a statement evaluated in the statement's own scope.
function ownExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case "expr":
      return [s.value];
    case "assign":
      return [...s.targets, s.value];
    case "augassign":
      return [s.target, s.value];
    case "annassign":
      return s.value ? [s.target, s.annotation, s.value] : [s.target, s.annotation];
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
    case "functiondef":
      return [...s.decorators, ...paramExprs(s.params), ...(s.returns ? [s.returns] : [])];
    case "classdef":
      return [...s.decorators, ...s.bases.map((b) => b.value)];
    default:
      return [];
  }
}

/**
 * The compiler's context rules: `return`, `yield`, `await`, `break`, `continue`,
 * `async for`/`async with` and async comprehensions where they are not allowed, and
 * `*expr` outside a display.
 */
export function checkControl(body: readonly Stmt[], sink: DiagnosticSink): void {
  const report = (message: string, at: Expr | Stmt): void => sink.syntax("compile", message, at);

  // `store`: an assignment target, where `*x` may sit at any depth of a tuple or list.
  const expr = (e: Expr, where: Where, starOk: boolean, store = false): void => {
    switch (e.kind) {
      case "starred":
        if (!starOk && !store) report("can't use starred expression here", e);
        expr(e.value, where, false, store);
        return;
      case "tuple":
      case "list":
      case "set":
        for (const elt of e.elts) expr(elt, where, true, store);
        return;
      case "yield":
      case "yieldfrom":
        if (where.inComprehension === null && !where.inGenexp) {
          if (where.scope !== "function") report("'yield' outside function", e);
          else if (e.kind === "yieldfrom" && where.isAsync) report("'yield from' inside async function", e);
        }
        break;
      case "await":
        if (where.inComprehension && !(where.scope === "function" && where.isAsync)) {
          report("asynchronous comprehension outside of an asynchronous function", where.inComprehension);
        } else if (!where.inGenexp) {
          if (where.scope !== "function") report("'await' outside function", e);
          else if (!where.isAsync) report("'await' outside async function", e);
        }
        break;
      case "lambda":
        for (const d of paramExprs(e.params)) expr(d, where, false);
        expr(e.body, functionWhere(false, null), false);
        return;
      case "listcomp":
      case "setcomp":
      case "dictcomp":
      case "genexp": {
        const isGenexp = e.kind === "genexp";
        const inner: Where = {
          ...where,
          inComprehension: isGenexp ? where.inComprehension : e,
          inGenexp: isGenexp || where.inGenexp,
        };
        const asyncAllowed = where.scope === "function" && where.isAsync;
        if (!isGenexp && !asyncAllowed && e.generators.some((g) => g.isAsync)) {
          report("asynchronous comprehension outside of an asynchronous function", e);
        }
        e.generators.forEach((g, i) => {
          expr(g.target, inner, false, true);
          // The first iterable is evaluated outside the comprehension.
          expr(g.iter, i === 0 ? where : inner, false);
          for (const cond of g.ifs) expr(cond, inner, false);
        });
        if (e.kind === "dictcomp") {
          expr(e.key, inner, false);
          expr(e.value, inner, false);
        } else expr(e.elt, inner, false);
        return;
      }
      default:
        break;
    }
    for (const c of childExprs(e)) expr(c, where, false, false);
  };

  const stmts = (list: readonly Stmt[], where: Where): void => {
    for (const s of list) stmt(s, where);
  };

  const stmt = (s: Stmt, where: Where): void => {
    switch (s.kind) {
      case "return":
        if (where.scope !== "function") report("'return' outside function", s);
        else if (s.value && where.asyncGenerator) report("'return' with value in async generator", s);
        if (s.value) expr(s.value, where, false);
        return;
      case "break":
        if (!where.inLoop) report("'break' outside loop", s);
        return;
      case "continue":
        if (!where.inLoop) report("'continue' not properly in loop", s);
        return;
      case "for":
        if (s.isAsync && !(where.scope === "function" && where.isAsync)) {
          report("'async for' outside async function", s);
        }
        expr(s.target, where, false, true);
        expr(s.iter, where, false);
        stmts(s.body, { ...where, inLoop: true });
        stmts(s.orelse, where);
        return;
      case "while":
        expr(s.test, where, false);
        stmts(s.body, { ...where, inLoop: true });
        stmts(s.orelse, where);
        return;
      case "with":
        if (s.isAsync && !(where.scope === "function" && where.isAsync)) {
          report("'async with' outside async function", s);
        }
        for (const item of s.items) {
          expr(item.context, where, false);
          if (item.target) expr(item.target, where, false, true);
        }
        stmts(s.body, where);
        return;
      case "functiondef":
        for (const e of ownExprs(s)) expr(e, where, false);
        stmts(s.body, functionWhere(s.isAsync, s.body));
        return;
      case "classdef":
        for (const e of ownExprs(s)) expr(e, where, false);
        stmts(s.body, { ...MODULE, scope: "class" });
        return;
      case "assign":
        for (const t of s.targets) expr(t, where, false, true);
        expr(s.value, where, false);
        return;
      case "augassign":
      case "annassign":
        expr(s.target, where, false, true);
        for (const e of ownExprs(s).slice(1)) expr(e, where, false);
        return;
      case "delete":
        for (const t of s.targets) expr(t, where, false, true);
        return;
      case "expr":
        // A lone `*a` statement reads as a one-element display only with a comma.
        expr(s.value, where, false);
        return;
      default:
        for (const e of ownExprs(s)) expr(e, where, false);
        for (const b of stmtBlocks(s)) stmts(b, where);
    }
  };

  stmts(body, MODULE);
}

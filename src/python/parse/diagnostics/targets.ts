import type { Expr, Stmt } from "../../ast";
import type { DiagnosticSink } from "./sink";
import { childExprs, stmtBlocks, stmtExprs } from "./walk";

/** CPython's name for an expression in "cannot assign to ..." messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case "const":
      switch (e.value.type) {
        case "none":
          return "None";
        case "bool":
          return e.value.value ? "True" : "False";
        case "ellipsis":
          return "ellipsis";
        default:
          return "literal";
      }
    case "str":
    case "bytes":
      return "literal";
    case "fstring":
      return "f-string expression";
    case "call":
      return "function call";
    case "compare":
      return "comparison";
    case "ifexp":
      return "conditional expression";
    case "named":
      return "named expression";
    case "yield":
    case "yieldfrom":
      return "yield expression";
    case "await":
      return "await expression";
    case "listcomp":
      return "list comprehension";
    case "setcomp":
      return "set comprehension";
    case "dictcomp":
      return "dict comprehension";
    case "genexp":
      return "generator expression";
    case "dict":
      return "dict literal";
    case "set":
      return "set display";
    case "lambda":
      return "lambda";
    case "starred":
      return "starred";
    case "name":
      return "name";
    case "attribute":
      return "attribute";
    case "subscript":
      return "subscript";
    case "tuple":
      return "tuple";
    case "list":
      return "list";
    default:
      return "expression";
  }
}

/** The first part of an assignment (or `del`) target that cannot be one, or null. */
function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.kind) {
    case "name":
      return e.id === "__debug__" ? e : null;
    case "attribute":
      return e.attr === "__debug__" ? e : null;
    case "subscript":
      return null;
    case "starred":
      return del ? e : invalidTarget(e.value, del);
    case "tuple":
    case "list":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

function badTargetName(e: Expr): string {
  return (e.kind === "name" && e.id === "__debug__") || (e.kind === "attribute" && e.attr === "__debug__")
    ? "__debug__"
    : exprName(e);
}

// A tuple written without parentheses starts where its first element does.
function isBareTuple(e: Expr): boolean {
  return e.kind === "tuple" && e.elts.length > 0 && e.elts[0].line === e.line && e.elts[0].col === e.col;
}

// CPython adds "here. Maybe you meant '==' instead of '='?" when the bad target reads as
// a comparison gone wrong: an operand directly before the last `=`, then an operand.
function looksLikeComparison(bad: Expr, target: Expr, isLast: boolean, value: Expr): boolean {
  if (!isLast || badTargetName(bad) === "__debug__") return false;
  const directlyBefore =
    bad === target || (isBareTuple(target) && target.kind === "tuple" && target.elts[target.elts.length - 1] === bad);
  if (!directlyBefore || !isOperand(bad)) return false;
  let v = value;
  for (;;) {
    if (v.kind === "boolop") v = v.values[0];
    else if (v.kind === "compare") v = v.left;
    else if (v.kind === "ifexp") v = v.body;
    else if (isBareTuple(v) && v.kind === "tuple") v = v.elts[0];
    else break;
  }
  return !(
    (v.kind === "unary" && v.op === "not") ||
    v.kind === "lambda" ||
    v.kind === "yield" ||
    v.kind === "yieldfrom" ||
    v.kind === "starred"
  );
}

/** Whether an expression is at the `bitwise_or` level of CPython's grammar and not a display it exempts. */
function isOperand(e: Expr): boolean {
  switch (e.kind) {
    case "boolop":
    case "compare":
    case "ifexp":
    case "lambda":
    case "named":
    case "starred":
    case "tuple":
    case "list":
    case "genexp":
    case "yield":
    case "yieldfrom":
      return false;
    case "unary":
      return e.op !== "not";
    case "const":
      return e.value.type !== "none" && e.value.type !== "bool";
    default:
      return true;
  }
}

/**
 * Assignment, deletion and loop targets, with CPython's messages: the parser's
 * "cannot assign to ..." family, and the compiler's rules for starred targets.
 */
export function checkTargets(body: readonly Stmt[], sink: DiagnosticSink): void {
  const store = (target: Expr): void => {
    const bad = invalidTarget(target, false);
    if (bad) sink.syntax("parse", `cannot assign to ${badTargetName(bad)}`, bad, "derived");
    else starredTarget(target, sink);
  };

  const expr = (e: Expr): void => {
    if (e.kind === "listcomp" || e.kind === "setcomp" || e.kind === "genexp" || e.kind === "dictcomp") {
      for (const g of e.generators) store(g.target);
    }
    for (const c of childExprs(e)) expr(c);
  };

  const stmts = (list: readonly Stmt[]): void => {
    for (const s of list) {
      switch (s.kind) {
        case "assign":
          s.targets.forEach((t, k) => {
            if (t.kind === "yield" || t.kind === "yieldfrom") {
              sink.syntax("parse", "assignment to yield expression not possible", t, "derived");
              return;
            }
            const bad = invalidTarget(t, false);
            if (!bad) return starredTarget(t, sink);
            const here = looksLikeComparison(bad, t, k === s.targets.length - 1, s.value)
              ? " here. Maybe you meant '==' instead of '='?"
              : "";
            sink.syntax("parse", `cannot assign to ${badTargetName(bad)}${here}`, bad, "derived");
          });
          break;
        case "augassign":
          if (s.target.kind !== "name" && s.target.kind !== "attribute" && s.target.kind !== "subscript") {
            sink.syntax(
              "parse",
              `'${exprName(s.target)}' is an illegal expression for augmented assignment`,
              s.target,
              "derived",
            );
          }
          break;
        case "annassign":
          if (s.target.kind === "tuple" || s.target.kind === "list") {
            sink.syntax("parse", `only single target (not ${s.target.kind}) can be annotated`, s.target, "derived");
          } else if (s.target.kind !== "name" && s.target.kind !== "attribute" && s.target.kind !== "subscript") {
            sink.syntax("parse", "illegal target for annotation", s.target, "derived");
          }
          break;
        case "for":
          store(s.target);
          break;
        case "with":
          for (const item of s.items) if (item.target) store(item.target);
          break;
        case "delete":
          for (const t of s.targets) {
            const bad = invalidTarget(t, true);
            if (bad) sink.syntax("parse", `cannot delete ${badTargetName(bad)}`, bad, "derived");
          }
          break;
        default:
          break;
      }
      for (const e of stmtExprs(s)) expr(e);
      for (const b of stmtBlocks(s)) stmts(b);
    }
  };
  stmts(body);
}

/** The compiler's rules for `*` in a target: only inside a tuple or list, at most one per level. */
function starredTarget(target: Expr, sink: DiagnosticSink): void {
  if (target.kind === "starred") {
    sink.syntax("compile", "starred assignment target must be in a list or tuple", target);
    return;
  }
  const nested = (e: Expr): void => {
    if (e.kind !== "tuple" && e.kind !== "list") return;
    const stars = e.elts.filter((x) => x.kind === "starred");
    if (stars.length > 1) sink.syntax("compile", "multiple starred expressions in assignment", e);
    for (const elt of e.elts) nested(elt.kind === "starred" ? elt.value : elt);
  };
  nested(target);
}

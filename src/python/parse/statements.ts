import type { SyntaxNode } from "@lezer/common";
import type { BinOp, Expr, Stmt } from "../ast";
import { lowerCompound } from "./compound";
import { isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerDecorated, lowerFunction, lowerClass } from "./definitions";
import { lowerExpr, lowerExprList, lowerItems } from "./expressions";
import { lowerImport } from "./imports";
import { barePrint, lowerPrint } from "./print";
import { lowerMatch } from "./match";

/** Lowers a list of statement-level nodes (the children of Script or Body). */
export function lowerBlock(cx: LowerContext, nodes: readonly SyntaxNode[]): Stmt[] {
  const out: Stmt[] = [];
  for (const node of nodes) lowerStatementInto(cx, node, out);
  return out;
}

/** The statements of a Body node (after its `:`); empty when the body is missing. */
export function lowerBody(cx: LowerContext, body: SyntaxNode | undefined): Stmt[] {
  return body
    ? lowerBlock(
        cx,
        kids(body).filter((c) => c.name !== ":"),
      )
    : [];
}

function lowerStatementInto(cx: LowerContext, node: SyntaxNode, out: Stmt[]): void {
  const at = cx.pos(node);
  switch (node.name) {
    case "StatementGroup":
      for (const child of kids(node)) lowerStatementInto(cx, child, out);
      return;
    case "AssignStatement":
      out.push(lowerAssign(cx, node));
      return;
    case "UpdateStatement":
      out.push(lowerUpdate(cx, node));
      return;
    case "ExpressionStatement": {
      const children = kids(node);
      if (children.length === 1 && children[0].name === "VariableName" && cx.src(children[0]) === "print") {
        out.push(barePrint(cx, node));
        return;
      }
      out.push({ kind: "expr", value: lowerExprList(cx, children, at), line: at.line, col: at.col });
      return;
    }
    case "YieldStatement": {
      const site = cx.printSites.get(node.from);
      if (site) out.push(lowerPrint(cx, node, site));
      else out.push({ kind: "expr", value: lowerExpr(cx, node), line: at.line, col: at.col });
      return;
    }
    case "PrintStatement": {
      // Only reached for a `print` the rewrite left alone (`print = ...`), which is an error anyway.
      const value = kids(node).slice(1).find(isExprNode);
      out.push({
        kind: "print",
        values: value ? [lowerExpr(cx, value)] : [],
        trailingComma: false,
        dest: null,
        line: at.line,
        col: at.col,
      });
      return;
    }
    case "PassStatement":
      out.push({ kind: "pass", line: at.line, col: at.col });
      return;
    case "BreakStatement":
      out.push({ kind: "break", line: at.line, col: at.col });
      return;
    case "ContinueStatement":
      out.push({ kind: "continue", line: at.line, col: at.col });
      return;
    case "ReturnStatement": {
      const rest = kids(node).slice(1);
      const value = rest.length > 0 ? lowerExprList(cx, rest, cx.pos(rest[0])) : null;
      out.push({ kind: "return", value, line: at.line, col: at.col });
      return;
    }
    case "DeleteStatement": {
      const { items } = lowerItems(cx, kids(node).slice(1));
      out.push({ kind: "delete", targets: items, line: at.line, col: at.col });
      return;
    }
    case "RaiseStatement":
      out.push(lowerRaise(cx, node));
      return;
    case "AssertStatement": {
      const { items } = lowerItems(cx, kids(node).slice(1));
      if (items.length > 2) cx.derived(node, "invalid syntax");
      out.push({
        kind: "assert",
        test: items[0] ?? missing(cx.pos(node.to)),
        msg: items[1] ?? null,
        line: at.line,
        col: at.col,
      });
      return;
    }
    case "ScopeStatement": {
      const children = kids(node);
      const names = children.filter((c) => c.name === "VariableName").map((c) => cx.src(c));
      out.push({
        kind: children[0]?.name === "nonlocal" ? "nonlocal" : "global",
        names,
        line: at.line,
        col: at.col,
      });
      return;
    }
    case "ImportStatement": {
      const stmt = lowerImport(cx, node);
      if (stmt) out.push(stmt);
      return;
    }
    case "FunctionDefinition":
      out.push(lowerFunction(cx, node, []));
      return;
    case "ClassDefinition":
      out.push(lowerClass(cx, node, []));
      return;
    case "DecoratedStatement": {
      const stmt = lowerDecorated(cx, node);
      if (stmt) out.push(stmt);
      return;
    }
    case "MatchStatement":
      out.push(lowerMatch(cx, node));
      return;
    case "TypeDefinition":
      cx.unsupported(kids(node)[0] ?? node, "the 'type' statement is not supported yet");
      return;
    default: {
      const stmt = lowerCompound(cx, node);
      if (stmt) out.push(stmt);
    }
  }
}

/** Splits the children of an assignment at its `=` signs. */
function splitAtAssign(children: SyntaxNode[]): SyntaxNode[][] {
  const segments: SyntaxNode[][] = [[]];
  for (const c of children) {
    if (c.name === "AssignOp") segments.push([]);
    else segments[segments.length - 1].push(c);
  }
  return segments;
}

function lowerSide(cx: LowerContext, nodes: SyntaxNode[], fallback: number): Expr {
  if (nodes.length === 0) return missing(cx.pos(fallback));
  if (nodes.length === 1 && nodes[0].name === "YieldExpression") return lowerExpr(cx, nodes[0]);
  return lowerExprList(cx, nodes, cx.pos(nodes[0]));
}

function lowerAssign(cx: LowerContext, node: SyntaxNode): Stmt {
  const at = cx.pos(node);
  const children = kids(node).filter((c) => !c.type.isError);
  const segments = splitAtAssign(children);
  const first = segments[0];
  const typeDef = first.length > 0 && first[first.length - 1].name === "TypeDef" ? first.pop()! : null;
  if (typeDef) {
    const annNode = kids(typeDef).find(isExprNode);
    if (segments.length > 2) {
      const second = children.filter((c) => c.name === "AssignOp")[1];
      if (second) cx.derived(second, "invalid syntax");
    }
    return {
      kind: "annassign",
      target: lowerSide(cx, first, node.from),
      annotation: annNode ? lowerExpr(cx, annNode) : missing(cx.pos(typeDef.to)),
      value: segments.length > 1 ? lowerSide(cx, segments[1], node.to) : null,
      line: at.line,
      col: at.col,
    };
  }
  const sides = segments.map((s) => lowerSide(cx, s, node.to));
  const value = sides.pop()!;
  return { kind: "assign", targets: sides, value, line: at.line, col: at.col };
}

function lowerUpdate(cx: LowerContext, node: SyntaxNode): Stmt {
  const at = cx.pos(node);
  const children = kids(node).filter((c) => !c.type.isError);
  const opIndex = children.findIndex((c) => c.name === "UpdateOp");
  const target = lowerSide(cx, opIndex >= 0 ? children.slice(0, opIndex) : children, node.from);
  const value = opIndex >= 0 ? lowerSide(cx, children.slice(opIndex + 1), node.to) : missing(cx.pos(node.to));
  const op = (opIndex >= 0 ? cx.src(children[opIndex]).slice(0, -1) : "+") as BinOp;
  return { kind: "augassign", target, op, value, line: at.line, col: at.col };
}

/**
 * `raise`, `raise E`, `raise E from C`, and Python 2's `raise E, V` (which raises
 * `E(V)`, or `E(*V)` when V is a tuple display; a third traceback operand is ignored).
 */
function lowerRaise(cx: LowerContext, node: SyntaxNode): Stmt {
  const at = cx.pos(node);
  const children = kids(node)
    .slice(1)
    .filter((c) => !c.type.isError);
  const exprs = children.filter(isExprNode);
  if (exprs.length === 0) return { kind: "raise", exc: null, cause: null, line: at.line, col: at.col };
  const exc = lowerExpr(cx, exprs[0]);
  const span = cx.span(node.from, children[children.length - 1]!.to);
  if (children.some((c) => c.name === "from")) {
    const cause = exprs[1] ? lowerExpr(cx, exprs[1]) : missing(cx.pos(node.to));
    return { kind: "raise", exc, cause, line: at.line, col: at.col, span };
  }
  if (exprs.length >= 2) {
    const arg = lowerExpr(cx, exprs[1]);
    const args = arg.kind === "tuple" && exprs[1].name === "TupleExpression" ? arg.elts : [arg];
    return {
      kind: "raise",
      exc: {
        kind: "call",
        func: exc,
        args: args.map((value) => ({ kind: "positional" as const, value })),
        line: exc.line,
        col: exc.col,
      },
      cause: null,
      line: at.line,
      col: at.col,
      span,
    };
  }
  return { kind: "raise", exc, cause: null, line: at.line, col: at.col, span };
}

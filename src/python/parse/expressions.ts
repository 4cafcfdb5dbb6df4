import type { SyntaxNode } from "@lezer/common";
import type { Expr, NameExpr, Pos } from "../ast";
import { lowerCall, lowerMember } from "./calls";
import { exprName } from "./diagnostics/targets";
import { lowerComprehension, lowerDict, lowerSequence } from "./collections";
import { isComprehensionTargetStar, isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerNumber } from "./literals/numbers";
import { lowerStringLiteral } from "./literals/strings";
import { lowerOperation } from "./operators";
import { lowerLambdaParams } from "./params";

/** Lowers any Lezer expression node. Never throws: what cannot be read becomes a placeholder name. */
export function lowerExpr(cx: LowerContext, node: SyntaxNode): Expr {
  const at = cx.pos(node);
  switch (node.name) {
    case "VariableName":
      return name(cx.printNames.has(node.from) ? "print" : cx.src(node), at);
    case "Number":
      return lowerNumber(cx, node);
    case "String":
    case "FormatString":
    case "ContinuedString":
      return lowerStringLiteral(cx, node);
    case "Boolean":
      return { kind: "const", value: { type: "bool", value: cx.src(node) === "True" }, ...at };
    case "None":
      return { kind: "const", value: { type: "none" }, ...at };
    case "Ellipsis":
      return { kind: "const", value: { type: "ellipsis" }, ...at };
    case "ParenthesizedExpression":
      return lowerParenthesized(cx, node);
    case "TupleExpression":
    case "ArrayExpression":
    case "SetExpression":
      return lowerSequence(cx, node);
    case "DictionaryExpression":
      return lowerDict(cx, node);
    case "ComprehensionExpression":
    case "ArrayComprehensionExpression":
    case "SetComprehensionExpression":
    case "DictionaryComprehensionExpression":
      return lowerComprehension(cx, node);
    case "CallExpression":
      return lowerCall(cx, node);
    case "MemberExpression":
      return lowerMember(cx, node);
    case "BinaryExpression":
    case "UnaryExpression":
    case "AwaitExpression":
      return lowerOperation(cx, node);
    case "ConditionalExpression":
      return lowerConditional(cx, node);
    case "LambdaExpression":
      return lowerLambda(cx, node);
    case "NamedExpression":
      return lowerNamed(cx, node);
    case "YieldExpression":
    case "YieldStatement":
      return lowerYield(cx, node);
    default:
      return missing(at);
  }
}

export function name(id: string, at: Pos): NameExpr {
  return { kind: "name", id, line: at.line, col: at.col };
}

/** The items of a comma-separated list of `test` or `*expression` nodes. */
export interface Items {
  readonly items: Expr[];
  /** Whether a comma appeared (so one item still makes a tuple). */
  readonly comma: boolean;
}

export function lowerItems(cx: LowerContext, nodes: readonly SyntaxNode[]): Items {
  const items: Expr[] = [];
  let comma = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.name === ",") comma = true;
    else if (node.name === "*" || node.name === "**" || isComprehensionTargetStar(node)) {
      const next = nodes[i + 1];
      const at = cx.pos(node);
      if (next && isExprNode(next)) {
        items.push({ kind: "starred", value: lowerExpr(cx, next), line: at.line, col: at.col });
        i++;
      } else items.push({ kind: "starred", value: missing(cx.pos(node.to)), line: at.line, col: at.col });
    } else if (isExprNode(node)) items.push(lowerExpr(cx, node));
  }
  return { items, comma };
}

/** A comma-separated list as Python reads it in a statement: one item, or a tuple at `at`. */
export function lowerExprList(cx: LowerContext, nodes: readonly SyntaxNode[], at: Pos): Expr {
  const { items, comma } = lowerItems(cx, nodes);
  if (items.length === 1 && !comma) return items[0];
  if (items.length === 0 && !comma) return missing(at);
  const span = cx.span(nodes[0]!.from, nodes[nodes.length - 1]!.to);
  return { kind: "tuple", elts: items, line: at.line, col: at.col, span };
}

function lowerParenthesized(cx: LowerContext, node: SyntaxNode): Expr {
  const inner = kids(node).filter((c) => c.name !== "(" && c.name !== ")" && !c.type.isError);
  if (inner.length === 0) return missing(cx.pos(node));
  if (inner[0].name === "*") {
    const value = lowerItems(cx, inner).items[0] ?? missing(cx.pos(node));
    cx.derived(inner[0], "cannot use starred expression here");
    return value;
  }
  return lowerExpr(cx, inner[0]);
}

function lowerConditional(cx: LowerContext, node: SyntaxNode): Expr {
  const parts = kids(node).filter(isExprNode);
  const at = cx.pos(node);
  return {
    kind: "ifexp",
    body: parts[0] ? lowerExpr(cx, parts[0]) : missing(at),
    test: parts[1] ? lowerExpr(cx, parts[1]) : missing(at),
    orelse: parts[2] ? lowerExpr(cx, parts[2]) : missing(cx.pos(node.to)),
    line: at.line,
    col: at.col,
  };
}

function lowerLambda(cx: LowerContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const at = cx.pos(node);
  const params = children.find((c) => c.name === "ParamList");
  const colon = children.findIndex((c) => c.name === ":");
  const body = colon >= 0 ? children.slice(colon + 1).find(isExprNode) : undefined;
  return {
    kind: "lambda",
    params: lowerLambdaParams(cx, params ?? null, node),
    body: body ? lowerExpr(cx, body) : missing(cx.pos(node.to)),
    line: at.line,
    col: at.col,
  };
}

function lowerNamed(cx: LowerContext, node: SyntaxNode): Expr {
  const parts = kids(node).filter(isExprNode);
  const at = cx.pos(node);
  const target = parts[0] ? lowerExpr(cx, parts[0]) : missing(at);
  const value = parts[1] ? lowerExpr(cx, parts[1]) : missing(cx.pos(node.to));
  if (target.kind !== "name") {
    cx.derived(node, `cannot use assignment expressions with ${exprName(target)}`);
    return { kind: "named", target: missing(at), value, line: at.line, col: at.col };
  }
  return { kind: "named", target, value, line: at.line, col: at.col };
}

function lowerYield(cx: LowerContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const at = cx.pos(node);
  const rest = children.slice(1);
  if (rest[0]?.name === "from") {
    const value = rest.slice(1).find(isExprNode);
    return { kind: "yieldfrom", value: value ? lowerExpr(cx, value) : missing(at), line: at.line, col: at.col };
  }
  const { items, comma } = lowerItems(cx, rest);
  const value = items.length === 0 ? null : items.length === 1 && !comma ? items[0] : tuple(items, cx.pos(rest[0]));
  return { kind: "yield", value, line: at.line, col: at.col };
}

function tuple(elts: Expr[], at: Pos): Expr {
  return { kind: "tuple", elts, line: at.line, col: at.col };
}

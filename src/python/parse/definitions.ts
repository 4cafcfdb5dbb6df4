import type { SyntaxNode } from "@lezer/common";
import type { ClassDef, Expr, FunctionDef, Stmt } from "../ast";
import { lowerArgs } from "./calls";
import { isExprNode, kids, type LowerContext } from "./context";
import { lowerExpr, name } from "./expressions";
import { lowerParams } from "./params";
import { lowerBody } from "./statements";

/** `def` and `async def`; `decorators` outermost first. */
export function lowerFunction(cx: LowerContext, node: SyntaxNode, decorators: Expr[]): FunctionDef {
  const children = kids(node);
  const at = cx.pos(node);
  const nameNode = children.find((c) => c.name === "VariableName");
  rejectTypeParams(cx, children);
  const returnsNode = children.find((c) => c.name === "TypeDef");
  const returns = returnsNode ? kids(returnsNode).find(isExprNode) : undefined;
  return {
    kind: "functiondef",
    name: nameNode ? cx.src(nameNode) : "<error>",
    params: lowerParams(cx, children.find((c) => c.name === "ParamList") ?? null),
    body: lowerBody(
      cx,
      children.find((c) => c.name === "Body"),
    ),
    decorators,
    isAsync: children[0]?.name === "async",
    returns: returns ? lowerExpr(cx, returns) : null,
    line: at.line,
    col: at.col,
  };
}

export function lowerClass(cx: LowerContext, node: SyntaxNode, decorators: Expr[]): ClassDef {
  const children = kids(node);
  const at = cx.pos(node);
  const nameNode = children.find((c) => c.name === "VariableName");
  rejectTypeParams(cx, children);
  const argList = children.find((c) => c.name === "ArgList");
  return {
    kind: "classdef",
    name: nameNode ? cx.src(nameNode) : "<error>",
    bases: argList ? lowerArgs(cx, argList) : [],
    body: lowerBody(
      cx,
      children.find((c) => c.name === "Body"),
    ),
    decorators,
    line: at.line,
    col: at.col,
  };
}

function rejectTypeParams(cx: LowerContext, children: SyntaxNode[]): void {
  const list = children.find((c) => c.name === "TypeParamList");
  if (list) cx.unsupported(list, "type parameter lists are not supported yet");
}

/** Decorators (`@a.b(args)`) and the def or class they apply to; the statement's position is its `def`/`class`. */
export function lowerDecorated(cx: LowerContext, node: SyntaxNode): Stmt | null {
  const decorators: Expr[] = [];
  for (const child of kids(node)) {
    if (child.name === "Decorator") decorators.push(lowerDecorator(cx, child));
    else if (child.name === "FunctionDefinition") return lowerFunction(cx, child, decorators);
    else if (child.name === "ClassDefinition") return lowerClass(cx, child, decorators);
  }
  return null;
}

function lowerDecorator(cx: LowerContext, node: SyntaxNode): Expr {
  let expr: Expr | null = null;
  for (const child of kids(node)) {
    if (child.name === "VariableName") {
      const at = cx.pos(child);
      expr = expr
        ? { kind: "attribute", value: expr, attr: cx.src(child), line: expr.line, col: expr.col }
        : name(cx.src(child), at);
    } else if (child.name === "ArgList" && expr) {
      expr = { kind: "call", func: expr, args: lowerArgs(cx, child), line: expr.line, col: expr.col };
    }
  }
  return expr ?? name("<error>", cx.pos(node));
}

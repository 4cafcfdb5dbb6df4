import type { SyntaxNode } from "@lezer/common";
import type { Comprehension, DictExpr, Expr } from "../ast";
import { isComprehensionTargetStar, isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerExpr, lowerExprList, lowerItems } from "./expressions";

const BRACKETS = new Set(["(", ")", "[", "]", "{", "}"]);

function inner(node: SyntaxNode): SyntaxNode[] {
  return kids(node).filter((c) => !BRACKETS.has(c.name) && !c.type.isError);
}

/** `(a, b)`, `[a, *b]`, `{a, b}`. */
export function lowerSequence(cx: LowerContext, node: SyntaxNode): Expr {
  const at = cx.pos(node);
  const { items } = lowerItems(cx, inner(node));
  const kind = node.name === "TupleExpression" ? "tuple" : node.name === "ArrayExpression" ? "list" : "set";
  if (kind === "set") return { kind, elts: items, line: at.line, col: at.col };
  return { kind, elts: items, line: at.line, col: at.col, span: cx.span(node.from, node.to) };
}

/** `{k: v, **m}`. */
export function lowerDict(cx: LowerContext, node: SyntaxNode): Expr {
  const at = cx.pos(node);
  const entries: { key: Expr | null; value: Expr }[] = [];
  const nodes = inner(node);
  for (let i = 0; i < nodes.length; i++) {
    const c = nodes[i];
    if (c.name === "**") {
      const v = nodes[i + 1];
      if (v && isExprNode(v)) {
        entries.push({ key: null, value: lowerExpr(cx, v) });
        i++;
      }
    } else if (isExprNode(c)) {
      const key = lowerExpr(cx, c);
      const v = nodes[i + 1]?.name === ":" ? nodes[i + 2] : undefined;
      entries.push({ key, value: v && isExprNode(v) ? lowerExpr(cx, v) : missing(cx.pos(c.to)) });
      i += v ? 2 : 0;
    }
  }
  const dict: DictExpr = { kind: "dict", entries, line: at.line, col: at.col };
  return dict;
}

/** Generator expression and list, set and dict comprehensions. */
export function lowerComprehension(cx: LowerContext, node: SyntaxNode): Expr {
  const at = cx.pos(node);
  const nodes = kids(node).filter((c) => !BRACKETS.has(c.name) && (!c.type.isError || isComprehensionTargetStar(c)));
  const forAt = nodes.findIndex((c) => c.name === "for" || c.name === "async");
  const head = forAt >= 0 ? nodes.slice(0, forAt) : nodes;
  const generators = forAt >= 0 ? parseGenerators(cx, nodes, forAt) : [];

  if (node.name === "DictionaryComprehensionExpression") {
    if (head[0]?.name === "**") cx.derived(head[0], "dict unpacking cannot be used in dict comprehension");
    const exprs = head.filter(isExprNode);
    const key = exprs[0] ? lowerExpr(cx, exprs[0]) : missing(at);
    const value = exprs[1] ? lowerExpr(cx, exprs[1]) : missing(at);
    return { kind: "dictcomp", key, value, generators, line: at.line, col: at.col, span: cx.span(node.from, node.to) };
  }
  if (head[0]?.name === "*") cx.derived(head[0], "iterable unpacking cannot be used in comprehension");
  const eltNode = head.find(isExprNode);
  const elt = eltNode ? lowerExpr(cx, eltNode) : missing(at);
  const kind =
    node.name === "ComprehensionExpression"
      ? "genexp"
      : node.name === "ArrayComprehensionExpression"
        ? "listcomp"
        : "setcomp";
  return { kind, elt, generators, line: at.line, col: at.col, span: cx.span(node.from, node.to) };
}

/**
 * The `for ... in ... if ...` clauses that start at `nodes[start]`, as Lezer lays them
 * out flat: `async`? `for` targets `in` iter (`if` cond)* and so on.
 */
export function parseGenerators(cx: LowerContext, nodes: readonly SyntaxNode[], start: number): Comprehension[] {
  const out: { target: Expr; iter: Expr; ifs: Expr[]; isAsync: boolean }[] = [];
  let i = start;
  while (i < nodes.length) {
    const c = nodes[i];
    if (c.name === "async" || c.name === "for") {
      const isAsync = c.name === "async";
      if (isAsync) i++;
      if (nodes[i]?.name === "for") i++;
      const targetStart = i;
      while (i < nodes.length && nodes[i].name !== "in") i++;
      const targetNodes = nodes.slice(targetStart, i);
      const target =
        targetNodes.length > 0 ? lowerExprList(cx, targetNodes, cx.pos(targetNodes[0])) : missing(cx.pos(c.to));
      i++;
      const iterNode = nodes[i];
      const iter = iterNode && isExprNode(iterNode) ? lowerExpr(cx, iterNode) : missing(cx.pos(c.to));
      if (iterNode && isExprNode(iterNode)) i++;
      out.push({ target, iter, ifs: [], isAsync });
    } else if (c.name === "if") {
      const cond = nodes[i + 1];
      if (cond && isExprNode(cond) && out.length > 0) out[out.length - 1].ifs.push(lowerExpr(cx, cond));
      i += 2;
    } else {
      i++;
    }
  }
  return out;
}

import type { SyntaxNode } from "@lezer/common";
import type { BinOp, CmpOp, Expr, Pos } from "../ast";
import { isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerExpr } from "./expressions";

// Lezer's Python grammar gives `not` and `await` no precedence, so `a and not b or c`
// arrives as `a and not (b or c)` and `a * await b + c` as `a * await (b + c)`.
// Operator trees are therefore flattened back into their tokens (which Lezer keeps
// in source order) and re-read with Python's precedence rules, by precedence climbing.
// Parentheses are their own nodes, so a parenthesized operand stays one operand.

type Token =
  | { readonly type: "operand"; readonly node: SyntaxNode | null; readonly at: Pos }
  | { readonly type: "prefix"; readonly op: "-" | "+" | "~" | "not" | "await"; readonly at: Pos }
  | { readonly type: "infix"; readonly op: string; readonly at: Pos };

/** Binding strength of infix operators; higher binds tighter. */
const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  // `not` is 3: its operand is a comparison or another `not`.
  compare: 4,
  "|": 5,
  "^": 6,
  "&": 7,
  "<<": 8,
  ">>": 8,
  "+": 9,
  "-": 9,
  "*": 10,
  "@": 10,
  "/": 10,
  "//": 10,
  "%": 10,
  // Unary `-`, `+`, `~` are 11: their operand is a power.
  "**": 12,
};

const BIN_OPS = new Set<string>(["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"]);

function compareOp(op: string): CmpOp | null {
  switch (op) {
    case "==":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
    case "is":
    case "is not":
    case "in":
    case "not in":
      return op;
    case "<>":
      // Python 2's spelling of `!=`, accepted with its Python 2 meaning.
      return "!=";
    default:
      return null;
  }
}

function precedence(op: string): number {
  return compareOp(op) ? PRECEDENCE.compare : (PRECEDENCE[op] ?? 0);
}

/** The tokens of an operator tree, in source order. */
function flatten(cx: LowerContext, node: SyntaxNode, out: Token[]): void {
  if (node.name === "UnaryExpression" || node.name === "AwaitExpression") {
    const children = kids(node);
    const op = node.name === "AwaitExpression" ? "await" : cx.src(children[0]);
    out.push({ type: "prefix", op: op as "-" | "+" | "~" | "not", at: cx.pos(node) });
    const operand = children.slice(1).find(isExprNode);
    if (operand) flatten(cx, operand, out);
    else out.push({ type: "operand", node: null, at: cx.pos(node.to) });
    return;
  }
  if (node.name !== "BinaryExpression") {
    out.push({ type: "operand", node, at: cx.pos(node) });
    return;
  }
  const children = kids(node).filter((c) => !c.type.isError);
  const left = children.length > 0 && isExprNode(children[0]) ? children[0] : null;
  const last = children[children.length - 1];
  const right = children.length > 1 && last && isExprNode(last) ? last : null;
  const opNodes = children.slice(left ? 1 : 0, right ? children.length - 1 : children.length);
  if (left) flatten(cx, left, out);
  else out.push({ type: "operand", node: null, at: cx.pos(node) });
  out.push({
    type: "infix",
    op: opNodes.map((c) => cx.src(c)).join(" "),
    at: opNodes[0] ? cx.pos(opNodes[0]) : cx.pos(node),
  });
  if (right) flatten(cx, right, out);
  else out.push({ type: "operand", node: null, at: cx.pos(node.to) });
}

/** Lowers BinaryExpression, UnaryExpression and AwaitExpression nodes. */
export function lowerOperation(cx: LowerContext, node: SyntaxNode): Expr {
  const tokens: Token[] = [];
  flatten(cx, node, tokens);
  let i = 0;

  // Each step returns the expression and where its first token starts: a node's
  // position includes the parentheses of a parenthesized first operand, as in CPython.
  const operand = (): { expr: Expr; at: Pos } => {
    const t = tokens[i];
    if (!t) {
      const at = cx.pos(node.to);
      return { expr: missing(at), at };
    }
    i++;
    if (t.type === "operand") return { expr: t.node ? lowerExpr(cx, t.node) : missing(t.at), at: t.at };
    if (t.type === "infix") return { expr: missing(t.at), at: t.at };
    const { line, col } = t.at;
    switch (t.op) {
      case "await":
        return { expr: { kind: "await", value: operand().expr, line, col }, at: t.at };
      case "not":
        return { expr: { kind: "unary", op: "not", operand: climb(PRECEDENCE.compare).expr, line, col }, at: t.at };
      default:
        return { expr: { kind: "unary", op: t.op, operand: climb(PRECEDENCE["**"]).expr, line, col }, at: t.at };
    }
  };

  const climb = (min: number): { expr: Expr; at: Pos } => {
    const first = operand();
    const at = first.at;
    let left = first.expr;
    const { line, col } = at;
    for (;;) {
      const t = tokens[i];
      if (!t || t.type !== "infix") break;
      const prec = precedence(t.op);
      if (prec < min) break;
      i++;
      const cmp = compareOp(t.op);
      if (cmp) {
        const ops: CmpOp[] = [cmp];
        const comparators = [climb(prec + 1).expr];
        for (let next = tokens[i]; next?.type === "infix" && compareOp(next.op); next = tokens[i]) {
          i++;
          ops.push(compareOp(next.op)!);
          comparators.push(climb(prec + 1).expr);
        }
        left = { kind: "compare", left, ops, comparators, line, col };
      } else if (t.op === "and" || t.op === "or") {
        const values = [left, climb(prec + 1).expr];
        for (let next = tokens[i]; next?.type === "infix" && next.op === t.op; next = tokens[i]) {
          i++;
          values.push(climb(prec + 1).expr);
        }
        left = { kind: "boolop", op: t.op, values, line, col };
      } else {
        // `**` is right-associative and its right operand may carry a unary sign.
        const right = (t.op === "**" ? climb(prec) : climb(prec + 1)).expr;
        const op = (BIN_OPS.has(t.op) ? t.op : "+") as BinOp;
        left = { kind: "binop", op, left, right, line, col };
      }
    }
    return { expr: left, at };
  };

  return climb(0).expr;
}

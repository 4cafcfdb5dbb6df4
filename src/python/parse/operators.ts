import type { SyntaxNode } from "@lezer/common";
import type { BinOp, CmpOp, Expr, Pos } from "../ast";
import { isExprNode, kids, missing, unparen, type LowerContext } from "./context";
import { lowerExpr } from "./expressions";

// Lezer's Python grammar gives `not` and `await` no precedence, so `a and not b or c`
// arrives as `a and not (b or c)` and `a * await b + c` as `a * await (b + c)`.
// Operator trees are therefore flattened back into their tokens (which Lezer keeps
// in source order) and re-read with Python's precedence rules, by precedence climbing.
// Parentheses are their own nodes, so a parenthesized operand stays one operand.

// `off` is the token's source offset (its Pos is `at`).
type Token =
  | { readonly type: "operand"; readonly node: SyntaxNode | null; readonly at: Pos; readonly off: number }
  | { readonly type: "prefix"; readonly op: "-" | "+" | "~" | "not" | "await"; readonly at: Pos; readonly off: number }
  | { readonly type: "infix"; readonly op: string; readonly at: Pos; readonly off: number };

/**
 * A lowered operand and its source offsets: `from`/`to` with its parentheses,
 * `inFrom`/`inTo` without them (CPython's positions of the operand itself).
 */
type PrefixToken = Extract<Token, { type: "prefix" }>;

interface Lowered {
  readonly expr: Expr;
  readonly at: Pos;
  readonly from: number;
  readonly to: number;
  readonly inFrom: number;
  readonly inTo: number;
}

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
    out.push({ type: "prefix", op: op as "-" | "+" | "~" | "not", at: cx.pos(node), off: node.from });
    const operand = children.slice(1).find(isExprNode);
    if (operand) flatten(cx, operand, out);
    else out.push({ type: "operand", node: null, at: cx.pos(node.to), off: node.to });
    return;
  }
  if (node.name !== "BinaryExpression") {
    out.push({ type: "operand", node, at: cx.pos(node), off: node.from });
    return;
  }
  const children = kids(node).filter((c) => !c.type.isError);
  const left = children.length > 0 && isExprNode(children[0]) ? children[0] : null;
  const last = children[children.length - 1];
  const right = children.length > 1 && last && isExprNode(last) ? last : null;
  const opNodes = children.slice(left ? 1 : 0, right ? children.length - 1 : children.length);
  if (left) flatten(cx, left, out);
  else out.push({ type: "operand", node: null, at: cx.pos(node), off: node.from });
  out.push({
    type: "infix",
    op: opNodes.map((c) => cx.src(c)).join(" "),
    at: opNodes[0] ? cx.pos(opNodes[0]) : cx.pos(node),
    off: opNodes[0] ? opNodes[0].from : node.from,
  });
  if (right) flatten(cx, right, out);
  else out.push({ type: "operand", node: null, at: cx.pos(node.to), off: node.to });
}

/** Lowers BinaryExpression, UnaryExpression and AwaitExpression nodes. */
export function lowerOperation(cx: LowerContext, node: SyntaxNode): Expr {
  const tokens: Token[] = [];
  flatten(cx, node, tokens);
  let i = 0;

  // Each step returns the expression and where its first token starts: a node's
  // position includes the parentheses of a parenthesized first operand, as in CPython.
  const operand = (): Lowered => {
    const t = tokens[i];
    if (!t) {
      const at = cx.pos(node.to);
      return { expr: missing(at), at, from: node.to, to: node.to, inFrom: node.to, inTo: node.to };
    }
    i++;
    if (t.type === "operand") {
      if (!t.node) return { expr: missing(t.at), at: t.at, from: t.off, to: t.off, inFrom: t.off, inTo: t.off };
      const inner = unparen(t.node);
      const expr = lowerExpr(cx, t.node);
      return { expr, at: t.at, from: t.node.from, to: t.node.to, inFrom: inner.from, inTo: inner.to };
    }
    if (t.type === "infix")
      return { expr: missing(t.at), at: t.at, from: t.off, to: t.off, inFrom: t.off, inTo: t.off };
    const { line, col } = t.at;
    const of = (expr: Expr, to: number): Lowered => ({ expr, at: t.at, from: t.off, to, inFrom: t.off, inTo: to });
    switch (t.op) {
      case "await": {
        const value = operand();
        return of({ kind: "await", value: value.expr, line, col }, value.to);
      }
      case "not":
        return prefixRun(
          t,
          (x) => x.op === "not",
          PRECEDENCE.compare,
          (u, operand) => ({
            kind: "unary",
            op: "not",
            operand,
            line: u.at.line,
            col: u.at.col,
          }),
        );
      default:
        return prefixRun(
          t,
          (x) => x.op !== "not" && x.op !== "await",
          PRECEDENCE["**"],
          (u, operand, to) => ({
            kind: "unary",
            op: u.op as "-" | "+" | "~",
            operand,
            line: u.at.line,
            col: u.at.col,
            span: cx.span(u.off, to),
          }),
        );
    }
  };

  /**
   * A run of prefix operators (`not not x`, `- - x`) read without recursing once per
   * operator: the operand after the last one, then each operator applied from the inside
   * out, so thousands of them in a row do not exhaust the stack.
   */
  const prefixRun = (
    first: PrefixToken,
    same: (t: PrefixToken) => boolean,
    min: number,
    make: (t: PrefixToken, operand: Expr, to: number) => Expr,
  ): Lowered => {
    const run = [first];
    for (let t = tokens[i]; t && t.type === "prefix" && same(t); t = tokens[i]) {
      run.push(t);
      i++;
    }
    const value = climb(min);
    let expr = value.expr;
    for (let k = run.length - 1; k >= 0; k--) expr = make(run[k]!, expr, value.to);
    return { expr, at: first.at, from: first.off, to: value.to, inFrom: first.off, inTo: value.to };
  };

  const climb = (min: number): Lowered => {
    const first = operand();
    const at = first.at;
    let left = first.expr;
    let { to, inFrom, inTo } = first;
    const { line, col } = at;
    for (;;) {
      const t = tokens[i];
      if (!t || t.type !== "infix") break;
      const prec = precedence(t.op);
      if (prec < min) break;
      i++;
      const cmp = compareOp(t.op);
      let last: Lowered;
      if (cmp) {
        const ops: CmpOp[] = [cmp];
        last = climb(prec + 1);
        const comparators = [last.expr];
        for (let next = tokens[i]; next?.type === "infix" && compareOp(next.op); next = tokens[i]) {
          i++;
          ops.push(compareOp(next.op)!);
          last = climb(prec + 1);
          comparators.push(last.expr);
        }
        left = { kind: "compare", left, ops, comparators, line, col, span: cx.span(first.from, last.to) };
      } else if (t.op === "and" || t.op === "or") {
        last = climb(prec + 1);
        const values = [left, last.expr];
        for (let next = tokens[i]; next?.type === "infix" && next.op === t.op; next = tokens[i]) {
          i++;
          last = climb(prec + 1);
          values.push(last.expr);
        }
        left = { kind: "boolop", op: t.op, values, line, col };
      } else {
        // `**` is right-associative and its right operand may carry a unary sign.
        last = t.op === "**" ? climb(prec) : climb(prec + 1);
        const op = (BIN_OPS.has(t.op) ? t.op : "+") as BinOp;
        const span = cx.span(first.from, last.to, [inTo, last.inFrom]);
        left = { kind: "binop", op, left, right: last.expr, line, col, span };
      }
      to = last.to;
      inFrom = first.from;
      inTo = last.to;
    }
    return { expr: left, at, from: first.from, to, inFrom, inTo };
  };

  return climb(0).expr;
}

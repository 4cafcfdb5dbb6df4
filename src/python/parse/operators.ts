import type { SyntaxNode } from "@lezer/common";
import type { BinOp, CmpOp, Expr, Pos } from "../ast";
import { isExprNode, kids, missing, type LowerContext } from "./context";
import { lowerExpr } from "./expressions";

// Lezer's Python grammar gives `not` and `await` no precedence, so `not a and b`
// arrives as `not (a and b)` and `await a + b` as `await (a + b)`. Lowering pushes
// such a prefix down the left edge of every operator that binds more loosely than
// the prefix itself, which restores Python's reading: `(not a) and b`, `(await a) + b`.

type PrefixOp = "-" | "+" | "~" | "not" | "await";

interface Prefix {
  readonly op: PrefixOp;
  readonly at: Pos;
}

const PREFIX_PRECEDENCE: Record<PrefixOp, number> = { not: 3, "-": 11, "+": 11, "~": 11, await: 13 };

const BIN_PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
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
  "**": 12,
};

const BIN_OPS = new Set<string>(["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"]);

interface BinaryParts {
  readonly op: string;
  readonly left: SyntaxNode | null;
  readonly right: SyntaxNode | null;
}

/** Splits a BinaryExpression into operands and operator (`not in`, `is not` joined). */
function binaryParts(cx: LowerContext, node: SyntaxNode): BinaryParts {
  const children = kids(node).filter((c) => !c.type.isError);
  const left = children.length > 0 && isExprNode(children[0]) ? children[0] : null;
  const last = children[children.length - 1];
  const right = children.length > 1 && last && isExprNode(last) ? last : null;
  const words = children.slice(left ? 1 : 0, right ? children.length - 1 : children.length).map((c) => cx.src(c));
  return { op: words.join(" "), left, right };
}

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

/** Lowers BinaryExpression, UnaryExpression and AwaitExpression nodes. */
export function lowerOperation(cx: LowerContext, node: SyntaxNode): Expr {
  return lowerWith(cx, node, []);
}

/** Lowers `node` with `prefixes` (outermost first) still to be applied to it. */
function lowerWith(cx: LowerContext, node: SyntaxNode, prefixes: readonly Prefix[]): Expr {
  if (node.name === "UnaryExpression" || node.name === "AwaitExpression") {
    const children = kids(node);
    const op: PrefixOp = node.name === "AwaitExpression" ? "await" : (cx.src(children[0]) as PrefixOp);
    const operand = children.slice(1).find(isExprNode);
    const all = [...prefixes, { op, at: cx.pos(node) }];
    if (!operand) return applyPrefixes(all, missing(cx.pos(node.to)));
    return lowerWith(cx, operand, all);
  }
  if (node.name !== "BinaryExpression") return applyPrefixes(prefixes, lowerExpr(cx, node));

  const parts = binaryParts(cx, node);
  const cmp = compareOp(parts.op);
  const precedence = BIN_PRECEDENCE[cmp ? "compare" : parts.op] ?? 0;
  let split = prefixes.length;
  while (split > 0 && PREFIX_PRECEDENCE[prefixes[split - 1].op] > precedence) split--;
  const outer = prefixes.slice(0, split);
  const inner = prefixes.slice(split);
  const at = inner.length > 0 ? inner[0].at : cx.pos(node);

  const left = parts.left ? lowerWith(cx, parts.left, inner) : applyPrefixes(inner, missing(at));
  const right = parts.right ? lowerExpr(cx, parts.right) : missing(cx.pos(node.to));
  // A parenthesized operand is its own node; anything else of the same kind on the
  // left continues the chain (`a or b or c`, `a < b < c`).
  const chained = parts.left !== null && parts.left.name !== "ParenthesizedExpression";
  let result: Expr;
  if (parts.op === "and" || parts.op === "or") {
    const values = chained && left.kind === "boolop" && left.op === parts.op ? [...left.values, right] : [left, right];
    result = { kind: "boolop", op: parts.op, values, line: at.line, col: at.col };
  } else if (cmp) {
    result =
      chained && left.kind === "compare"
        ? { ...left, ops: [...left.ops, cmp], comparators: [...left.comparators, right] }
        : { kind: "compare", left, ops: [cmp], comparators: [right], line: at.line, col: at.col };
  } else {
    const op = (BIN_OPS.has(parts.op) ? parts.op : "+") as BinOp;
    result = { kind: "binop", op, left, right, line: at.line, col: at.col };
  }
  return applyPrefixes(outer, result);
}

function applyPrefixes(prefixes: readonly Prefix[], operand: Expr): Expr {
  let expr = operand;
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const { op, at } = prefixes[i];
    expr =
      op === "await"
        ? { kind: "await", value: expr, line: at.line, col: at.col }
        : { kind: "unary", op, operand: expr, line: at.line, col: at.col };
  }
  return expr;
}

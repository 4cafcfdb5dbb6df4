import type { SyntaxNode } from "@lezer/common";
import type { Arg, Expr, SliceExpr } from "../ast";
import { parseGenerators } from "./collections";
import { isComprehensionTargetStar, isExprNode, kids, missing, unparen, type LowerContext } from "./context";
import { lowerExpr, lowerExprList } from "./expressions";

/** `func(args)`. */
export function lowerCall(cx: LowerContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const at = cx.pos(node);
  const func = children[0] && isExprNode(children[0]) ? lowerExpr(cx, children[0]) : missing(at);
  const argList = children.find((c) => c.name === "ArgList");
  const args = argList ? lowerArgs(cx, argList) : [];
  return { kind: "call", func, args, line: at.line, col: at.col, span: cx.span(node.from, node.to) };
}

/**
 * Splits the children of an ArgList (or any bracketed list) at top-level commas. The
 * commas of a comprehension's target list (`for k, v in ...`) sit among the same
 * children and do not split.
 */
export function splitAtCommas(nodes: readonly SyntaxNode[]): SyntaxNode[][] {
  const segments: SyntaxNode[][] = [[]];
  let inTarget = false;
  for (const node of nodes) {
    if (node.name === "for") inTarget = true;
    else if (node.name === "in") inTarget = false;
    if (node.name === "," && !inTarget) segments.push([]);
    else segments[segments.length - 1].push(node);
  }
  return segments;
}

/**
 * The arguments of a call or class statement, checked as CPython's parser does:
 * positional after keyword, `*` after `**`, an unparenthesized generator expression
 * that is not the only argument; repeated keywords are reported as the compiler does.
 */
export function lowerArgs(cx: LowerContext, argList: SyntaxNode): Arg[] {
  const inner = kids(argList).filter(
    (c) => c.name !== "(" && c.name !== ")" && (!c.type.isError || isComprehensionTargetStar(c)),
  );
  const segments = splitAtCommas(inner).filter((s) => s.length > 0);
  const args: Arg[] = [];
  const keywords = new Set<string>();
  let sawKeyword = false;
  let sawDoubleStar = false;

  for (const seg of segments) {
    const first = seg[0];
    if (first.name === "**" || first.name === "*") {
      const valueNode = seg.slice(1).find(isExprNode);
      const value = valueNode ? lowerExpr(cx, valueNode) : missing(cx.pos(first.to));
      if (first.name === "**") {
        sawDoubleStar = true;
        args.push({ kind: "doubleStar", value });
      } else {
        if (sawDoubleStar) cx.derived(first, "iterable argument unpacking follows keyword argument unpacking");
        args.push({ kind: "star", value });
      }
      continue;
    }
    const op = seg[1];
    if (first.name === "VariableName" && op?.name === "AssignOp" && cx.src(op) === "=") {
      const valueNode = seg.slice(2).find(isExprNode);
      const argName = cx.src(first);
      if (keywords.has(argName)) {
        cx.diags.add("compile", "SyntaxError", `keyword argument repeated: ${argName}`, first.from, first.to);
      }
      keywords.add(argName);
      sawKeyword = true;
      args.push({
        kind: "keyword",
        name: argName,
        value: valueNode ? lowerExpr(cx, valueNode) : missing(cx.pos(op.to)),
      });
      continue;
    }
    let value: Expr;
    if (first.name === "VariableName" && op?.name === "AssignOp") {
      // `f(x := 1)`: a walrus as a positional argument.
      const at = cx.pos(first);
      const valueNode = seg.slice(2).find(isExprNode);
      value = {
        kind: "named",
        target: { kind: "name", id: cx.src(first), line: at.line, col: at.col },
        value: valueNode ? lowerExpr(cx, valueNode) : missing(cx.pos(op.to)),
        line: at.line,
        col: at.col,
      };
    } else if (seg.some((c) => c.name === "for")) {
      const forAt = seg.findIndex((c) => c.name === "for" || c.name === "async");
      if (segments.length > 1) cx.derived(seg[0], "Generator expression must be parenthesized");
      const at = cx.pos(argList);
      value = {
        kind: "genexp",
        elt: lowerExpr(cx, seg[0]),
        generators: parseGenerators(cx, seg, forAt),
        line: at.line,
        col: at.col,
      };
    } else {
      value = isExprNode(first) ? lowerExpr(cx, first) : missing(cx.pos(first));
    }
    if (sawDoubleStar) cx.derived(first, "positional argument follows keyword argument unpacking");
    else if (sawKeyword) cx.derived(first, "positional argument follows keyword argument");
    args.push({ kind: "positional", value });
  }
  return args;
}

/** `value.attr` or `value[index]`. */
export function lowerMember(cx: LowerContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const at = cx.pos(node);
  const value = children[0] && isExprNode(children[0]) ? lowerExpr(cx, children[0]) : missing(at);
  const bracket = children.findIndex((c) => c.name === "[");
  if (bracket < 0) {
    const prop = children.find((c) => c.name === "PropertyName");
    const attr = prop ? cx.src(prop) : "<error>";
    return { kind: "attribute", value, attr, line: at.line, col: at.col, span: cx.span(node.from, node.to) };
  }
  const inner = children.slice(bracket + 1).filter((c) => c.name !== "]" && !c.type.isError);
  const last = inner[inner.length - 1];
  const anchor: [number, number] | undefined =
    children[0] && last ? [unparen(children[0]).to, unparen(last).to] : undefined;
  const span = cx.span(node.from, node.to, anchor, true);
  return { kind: "subscript", value, index: lowerIndex(cx, inner, node), line: at.line, col: at.col, span };
}

/** The inside of `[...]`: an expression, a slice, or a tuple of them (`a[1:2, 3]`). */
function lowerIndex(cx: LowerContext, nodes: SyntaxNode[], owner: SyntaxNode): Expr {
  const segments = splitAtCommas(nodes);
  const comma = segments.length > 1;
  const parts = segments.filter((s) => s.length > 0).map((s) => lowerIndexPart(cx, s));
  if (parts.length === 0) return missing(cx.pos(owner.to));
  if (parts.length === 1 && !comma) return parts[0];
  return { kind: "tuple", elts: parts, line: parts[0].line, col: parts[0].col };
}

function lowerIndexPart(cx: LowerContext, seg: SyntaxNode[]): Expr {
  if (!seg.some((c) => c.name === ":")) return lowerExprList(cx, seg, cx.pos(seg[0]));
  const slots: (Expr | null)[] = [null, null, null];
  let slot = 0;
  for (const c of seg) {
    if (c.name === ":") slot++;
    else if (isExprNode(c) && slot < 3) slots[slot] = lowerExpr(cx, c);
  }
  const at = cx.pos(seg[0]);
  const slice: SliceExpr = {
    kind: "slice",
    lower: slots[0],
    upper: slots[1],
    step: slots[2],
    line: at.line,
    col: at.col,
  };
  return slice;
}

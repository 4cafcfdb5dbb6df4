import type { SyntaxNode } from "@lezer/common";
import type { Expr, FStringExpr, FStringPart } from "../../ast";
import { isExprNode, kids, missing, type LowerContext } from "../context";
import { lowerExpr, lowerExprList } from "../expressions";
import { decodeRange, pushPart, type StringToken } from "./strings";

/** The parts of one f-string token: decoded literal text and replacement fields. */
export function lowerFormatString(cx: LowerContext, token: StringToken): FStringPart[] {
  const parts: FStringPart[] = [];
  let at = token.bodyFrom;
  const mode = { raw: token.raw, bytes: false, fstring: true };
  for (const child of kids(token.node)) {
    if (child.name !== "FormatReplacement" || child.from < at) continue;
    pushPart(parts, { kind: "text", value: decodeRange(cx, at, child.from, mode) });
    pushPart(parts, lowerField(cx, child, 0, token.raw));
    at = child.to;
  }
  if (at < token.bodyTo) pushPart(parts, { kind: "text", value: decodeRange(cx, at, token.bodyTo, mode) });
  return parts;
}

/** A `{...}` replacement field; `depth` counts enclosing format specs. */
function lowerField(cx: LowerContext, node: SyntaxNode, depth: number, raw: boolean): FStringPart {
  const children = kids(node);
  const open = children[0];
  const exprNodes: SyntaxNode[] = [];
  let selfDoc: SyntaxNode | null = null;
  let conversion: SyntaxNode | null = null;
  let spec: SyntaxNode | null = null;
  let close: SyntaxNode | null = null;
  for (const child of children.slice(1)) {
    if (child.type.isError) {
      reportFieldError(cx, child, exprNodes.length > 0);
      continue;
    }
    switch (child.name) {
      case "FormatSelfDoc":
        selfDoc = child;
        break;
      case "FormatConversion":
        conversion = child;
        break;
      case "FormatSpec":
        spec = child;
        break;
      case "}":
        close = child;
        break;
      default:
        if (!selfDoc && !conversion && !spec && !close) exprNodes.push(child);
    }
  }

  const value = fieldValue(cx, node, exprNodes);
  const end = conversion ?? spec ?? close;
  const selfDocText = selfDoc ? cx.text.slice(open.to, end ? end.from : selfDoc.to) : null;
  let conv = conversion ? (cx.src(conversion)[1] as "r" | "s" | "a") : null;
  // `f"{x=}"` shows repr(x) unless a conversion or format spec says otherwise (as CPython's AST records it).
  if (selfDoc && !conversion && !spec) conv = "r";
  if (depth >= 2) cx.error(node, "f-string: expressions nested too deeply");
  if (exprNodes.length > 0 && cx.text.slice(exprNodes[0].from, exprNodes[exprNodes.length - 1].to).includes("\\")) {
    cx.error(node, "f-string expression part cannot include a backslash");
  }
  return {
    kind: "field",
    value,
    conversion: conv,
    spec: spec ? lowerSpec(cx, spec, depth + 1, raw) : null,
    selfDoc: selfDocText,
  };
}

function fieldValue(cx: LowerContext, field: SyntaxNode, nodes: SyntaxNode[]): Expr {
  const exprs = nodes.filter((n) => isExprNode(n) || n.name === "*");
  if (exprs.length === 0) {
    if (!kids(field).some((c) => c.type.isError)) {
      cx.error(field, "f-string: empty expression not allowed");
    }
    return missing(cx.pos(field.to));
  }
  if (nodes.length === 1) return lowerExpr(cx, nodes[0]);
  const list = lowerExprList(cx, nodes, cx.pos(nodes[0]));
  if (list.kind === "starred") {
    cx.error(nodes[0], "f-string: cannot use starred expression here");
  }
  return list;
}

/** CPython's message for what Lezer could not parse inside a replacement field. */
function reportFieldError(cx: LowerContext, error: SyntaxNode, hasExpr: boolean): void {
  const next = cx.text[error.from];
  let message: string;
  if (!hasExpr) message = "f-string: empty expression not allowed";
  else if (next === "!") message = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
  else message = "f-string: expecting '}'";
  cx.error(error, message);
}

/** A format spec: literal text and nested fields after the `:`. */
function lowerSpec(cx: LowerContext, spec: SyntaxNode, depth: number, raw: boolean): FStringExpr {
  const parts: FStringPart[] = [];
  const colon = spec.firstChild;
  let at = colon && colon.name === ":" ? colon.to : spec.from;
  const mode = { raw, bytes: false, fstring: true };
  for (const child of kids(spec)) {
    if (child.name !== "FormatReplacement") continue;
    pushPart(parts, { kind: "text", value: decodeRange(cx, at, child.from, mode) });
    pushPart(parts, lowerField(cx, child, depth, raw));
    at = child.to;
  }
  if (at < spec.to) pushPart(parts, { kind: "text", value: decodeRange(cx, at, spec.to, mode) });
  const pos = cx.pos(spec);
  return { kind: "fstring", parts, line: pos.line, col: pos.col };
}

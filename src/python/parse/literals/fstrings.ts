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
    const field = lowerField(cx, child, 0, token.raw, token.bodyTo);
    pushPart(parts, field.part);
    at = field.end;
  }
  if (at < token.bodyTo) pushPart(parts, { kind: "text", value: decodeRange(cx, at, token.bodyTo, mode) });
  return parts;
}

/** Offset just past the `}` that closes a field, searching from `from`, or `from` if there is none. */
function fieldEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return from;
}

/**
 * A `{...}` replacement field; `depth` counts enclosing format specs. Returns the
 * field and where it really ends: when Lezer gave up inside a field, the rest of it
 * up to its `}` belongs to it, not to the literal text after it.
 */
function lowerField(
  cx: LowerContext,
  node: SyntaxNode,
  depth: number,
  raw: boolean,
  limit: number,
): { part: FStringPart; end: number } {
  const children = kids(node);
  const open = children[0];
  const exprNodes: SyntaxNode[] = [];
  let selfDoc: SyntaxNode | null = null;
  let conversion: SyntaxNode | null = null;
  let spec: SyntaxNode | null = null;
  let close: SyntaxNode | null = null;
  let error: SyntaxNode | null = null;
  for (const child of children.slice(1)) {
    if (child.type.isError) {
      error ??= child;
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
        if (!selfDoc && !conversion && !spec && !close && !error) exprNodes.push(child);
    }
  }

  let end = node.to;
  let specExpr = spec ? lowerSpec(cx, spec, depth + 1, raw, limit) : null;
  if (error) {
    end = Math.max(node.to, fieldEnd(cx.text, error.from, limit));
    if (cx.text.startsWith(":=", error.from) && exprNodes.length > 0 && !spec) {
      // `{x:=^10}`: at the top of a field `:` always starts the format spec, but
      // Lezer read `:=` as a walrus. The spec is the text up to the closing brace.
      const specTo = end > error.from ? end - 1 : end;
      const text = decodeRange(cx, error.from + 1, specTo, { raw, bytes: false, fstring: true });
      const at = cx.pos(error.from);
      specExpr = { kind: "fstring", parts: text ? [{ kind: "text", value: text }] : [], line: at.line, col: at.col };
    } else {
      reportFieldError(cx, error, exprNodes.length > 0);
    }
  }

  const value = fieldValue(cx, node, exprNodes, error !== null);
  const stop = conversion ?? spec ?? close;
  const selfDocText = selfDoc ? cx.text.slice(open.to, stop ? stop.from : selfDoc.to) : null;
  let conv = conversion ? (cx.src(conversion)[1] as "r" | "s" | "a") : null;
  // `f"{x=}"` shows repr(x) unless a conversion or format spec says otherwise (as CPython's AST records it).
  if (selfDoc && !conversion && !specExpr) conv = "r";
  if (depth >= 2) cx.error(node, "f-string: expressions nested too deeply");
  if (exprNodes.length > 0 && cx.text.slice(exprNodes[0].from, exprNodes[exprNodes.length - 1].to).includes("\\")) {
    cx.error(node, "f-string expression part cannot include a backslash");
  }
  return {
    part: { kind: "field", value, conversion: conv, spec: specExpr, selfDoc: selfDocText },
    end,
  };
}

function fieldValue(cx: LowerContext, field: SyntaxNode, nodes: SyntaxNode[], broken: boolean): Expr {
  const exprs = nodes.filter((n) => isExprNode(n) || n.name === "*");
  if (exprs.length === 0) {
    if (!broken) cx.error(field, "f-string: empty expression not allowed");
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
function lowerSpec(cx: LowerContext, spec: SyntaxNode, depth: number, raw: boolean, limit: number): FStringExpr {
  const parts: FStringPart[] = [];
  const colon = spec.firstChild;
  let at = colon && colon.name === ":" ? colon.to : spec.from;
  const mode = { raw, bytes: false, fstring: true };
  for (const child of kids(spec)) {
    if (child.name !== "FormatReplacement" || child.from < at) continue;
    pushPart(parts, { kind: "text", value: decodeRange(cx, at, child.from, mode) });
    const field = lowerField(cx, child, depth, raw, limit);
    pushPart(parts, field.part);
    at = field.end;
  }
  if (at < spec.to) pushPart(parts, { kind: "text", value: decodeRange(cx, at, spec.to, mode) });
  const pos = cx.pos(spec);
  return { kind: "fstring", parts, line: pos.line, col: pos.col };
}

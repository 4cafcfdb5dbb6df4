import type { SyntaxNode } from "@lezer/common";
import type { BytesExpr, Expr, FStringExpr, FStringPart, StrExpr } from "../../ast";
import { kids, type LowerContext } from "../context";
import { decodeBody, firstNonAscii, type BodyMode } from "./escapes";
import { lowerFormatString } from "./fstrings";

/** One string token split into prefix, quotes and body (offsets into the parsed text). */
export interface StringToken {
  readonly node: SyntaxNode;
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly format: boolean;
  readonly bodyFrom: number;
  readonly bodyTo: number;
}

/** Splits a String or FormatString node; an unterminated literal's body runs to the node's end. */
export function stringToken(cx: LowerContext, node: SyntaxNode): StringToken {
  const text = cx.source.slice(node.from, node.to);
  let p = 0;
  while (p < text.length && text[p] !== '"' && text[p] !== "'") p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text[p] ?? '"';
  const quoteLen = text.startsWith(q + q + q, p) ? 3 : 1;
  const close = q.repeat(quoteLen);
  let i = p + quoteLen;
  let bodyEnd = text.length;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text.startsWith(close, i)) {
      bodyEnd = i;
      break;
    } else i++;
  }
  return {
    node,
    raw: prefix.includes("r"),
    bytes: prefix.includes("b"),
    format: prefix.includes("f"),
    bodyFrom: node.from + Math.min(p + quoteLen, text.length),
    bodyTo: node.from + Math.max(bodyEnd, Math.min(p + quoteLen, text.length)),
  };
}

/** Decodes a piece of literal body, reporting problems at their place in the source. */
export function decodeRange(cx: LowerContext, from: number, to: number, mode: BodyMode): string {
  return decodeBody(cx.source.slice(from, to), mode, (problem) =>
    cx.diags.add("parse", problem.type, problem.message, from + problem.at, from + problem.at + 1),
  );
}

/**
 * Lowers a String, FormatString or ContinuedString (adjacent literals) node to one
 * StrExpr, BytesExpr or FStringExpr, joining the parts as Python does.
 */
export function lowerStringLiteral(cx: LowerContext, node: SyntaxNode): Expr {
  const at = cx.pos(node);
  const tokens = (node.name === "ContinuedString" ? kids(node) : [node])
    .filter((n) => n.name === "String" || n.name === "FormatString")
    .map((n) => stringToken(cx, n));
  if (tokens.length === 0) return { kind: "str", value: "", line: at.line, col: at.col };

  const anyBytes = tokens.some((t) => t.bytes);
  if (anyBytes && !tokens.every((t) => t.bytes)) {
    cx.error(node, "cannot mix bytes and nonbytes literals");
  }
  if (anyBytes && tokens.every((t) => t.bytes)) {
    const value: number[] = [];
    for (const t of tokens) {
      const body = cx.source.slice(t.bodyFrom, t.bodyTo);
      if (firstNonAscii(body) >= 0) {
        cx.error(t.node, "bytes can only contain ASCII literal characters");
      }
      const text = decodeRange(cx, t.bodyFrom, t.bodyTo, { raw: t.raw, bytes: true, fstring: false });
      for (let i = 0; i < text.length; i++) value.push(text.charCodeAt(i) & 0xff);
    }
    const bytes: BytesExpr = { kind: "bytes", value, line: at.line, col: at.col };
    return bytes;
  }

  if (!tokens.some((t) => t.format)) {
    let value = "";
    for (const t of tokens) {
      value += decodeRange(cx, t.bodyFrom, t.bodyTo, { raw: t.raw, bytes: false, fstring: false });
    }
    const str: StrExpr = { kind: "str", value, line: at.line, col: at.col };
    return str;
  }

  const parts: FStringPart[] = [];
  for (const t of tokens) {
    const more = t.format
      ? lowerFormatString(cx, t)
      : [
          {
            kind: "text" as const,
            value: decodeRange(cx, t.bodyFrom, t.bodyTo, { raw: t.raw, bytes: false, fstring: false }),
          },
        ];
    for (const part of more) pushPart(parts, part);
  }
  const fstring: FStringExpr = { kind: "fstring", parts, line: at.line, col: at.col };
  return fstring;
}

/** Appends a part, merging adjacent text and dropping empty text, as CPython's JoinedStr does. */
export function pushPart(parts: FStringPart[], part: FStringPart): void {
  if (part.kind === "text") {
    if (part.value === "") return;
    const last = parts[parts.length - 1];
    if (last && last.kind === "text") {
      parts[parts.length - 1] = { kind: "text", value: last.value + part.value };
      return;
    }
  }
  parts.push(part);
}

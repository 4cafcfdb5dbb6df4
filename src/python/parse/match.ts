import type { SyntaxNode } from "@lezer/common";
import type { Expr, MatchCase, Pattern, Pos, Stmt } from "../ast";
import { kids, missing, type LowerContext } from "./context";
import { lowerExpr, lowerExprList, name } from "./expressions";
import { lowerNumber } from "./literals/numbers";
import { lowerStringLiteral } from "./literals/strings";
import { lowerBody } from "./statements";

/** `match subject:` and its `case` clauses. */
export function lowerMatch(cx: LowerContext, node: SyntaxNode): Stmt {
  const at = cx.pos(node);
  const children = kids(node);
  const bodyAt = children.findIndex((c) => c.name === "MatchBody");
  const subjectNodes = children.slice(1, bodyAt >= 0 ? bodyAt : undefined);
  const subject = lowerExprList(cx, subjectNodes, subjectNodes[0] ? cx.pos(subjectNodes[0]) : at);
  const clauses = bodyAt >= 0 ? kids(children[bodyAt]!).filter((c) => c.name === "MatchClause") : [];
  return { kind: "match", subject, cases: clauses.map((c) => lowerCase(cx, c)), line: at.line, col: at.col };
}

function lowerCase(cx: LowerContext, node: SyntaxNode): MatchCase {
  const at = cx.pos(node);
  const children = kids(node);
  const patternNodes = children.filter(isPattern);
  const top = children.filter((c) => c.name === "," || isPattern(c));
  // `case a, b:` and `case *rest:` are sequence patterns without brackets.
  const pattern =
    patternNodes.length === 1 && !top.some((c) => c.name === ",") && patternNodes[0]!.name !== "StarPattern"
      ? lowerPattern(cx, patternNodes[0]!)
      : { kind: "sequence" as const, patterns: patternNodes.map((p) => lowerPattern(cx, p)), ...pos(cx, node) };
  const guardNode = children.find((c) => c.name === "Guard");
  const guardExpr = guardNode ? kids(guardNode).find((c) => c.name !== "if") : undefined;
  return {
    pattern,
    guard: guardNode ? (guardExpr ? lowerExpr(cx, guardExpr) : missing(cx.pos(guardNode.to))) : null,
    body: lowerBody(
      cx,
      children.find((c) => c.name === "Body"),
    ),
    line: at.line,
    col: at.col,
  };
}

const PATTERNS = new Set([
  "CapturePattern",
  "LiteralPattern",
  "AsPattern",
  "OrPattern",
  "AttributePattern",
  "SequencePattern",
  "MappingPattern",
  "StarPattern",
  "ClassPattern",
]);

/** A pattern node; an empty LiteralPattern is Lezer's stand-in for the inside of `[]` or `()`. */
function isPattern(node: SyntaxNode): boolean {
  return PATTERNS.has(node.name) && !(node.name === "LiteralPattern" && node.from === node.to);
}

function pos(cx: LowerContext, node: SyntaxNode): Pos {
  const at = cx.pos(node);
  return { line: at.line, col: at.col };
}

function lowerPattern(cx: LowerContext, node: SyntaxNode): Pattern {
  const at = pos(cx, node);
  const children = kids(node);
  switch (node.name) {
    case "CapturePattern": {
      const id = cx.src(children[0]!);
      return { kind: "as", pattern: null, name: id === "_" ? null : id, ...at };
    }
    case "LiteralPattern":
      return lowerLiteral(cx, node);
    case "AsPattern": {
      const inner = children.find(isPattern);
      const target = children.filter((c) => c.name === "VariableName").pop();
      return {
        kind: "as",
        pattern: inner ? lowerPattern(cx, inner) : null,
        name: target ? cx.src(target) : null,
        ...at,
      };
    }
    case "OrPattern": {
      const alternatives = children.filter(isPattern).map((c) => lowerPattern(cx, c));
      // `a | b as n` is `(a | b) as n`; Lezer's grammar binds the `as` to the last alternative.
      const last = alternatives[alternatives.length - 1];
      if (last?.kind === "as" && last.pattern !== null && children.filter(isPattern).pop()?.name === "AsPattern") {
        const or: Pattern = { kind: "or", patterns: [...alternatives.slice(0, -1), last.pattern], ...at };
        return { kind: "as", pattern: or, name: last.name, ...at };
      }
      return { kind: "or", patterns: alternatives, ...at };
    }
    case "AttributePattern":
      return { kind: "value", value: dotted(cx, node), ...at };
    case "SequencePattern": {
      const items = children.filter(isPattern);
      // `(p)` is a parenthesized pattern; `(p,)` and `[p]` are sequences.
      if (cx.src(children[0]!) === "(" && items.length === 1 && !children.some((c) => c.name === ",")) {
        return lowerPattern(cx, items[0]!);
      }
      return { kind: "sequence", patterns: items.map((c) => lowerPattern(cx, c)), ...at };
    }
    case "StarPattern": {
      const inner = children.find(isPattern);
      const id = inner ? cx.src(inner) : "_";
      return { kind: "star", name: id === "_" ? null : id, ...at };
    }
    case "MappingPattern":
      return lowerMapping(cx, node, at);
    case "ClassPattern":
      return lowerClass(cx, node, at);
    default:
      return { kind: "as", pattern: null, name: null, ...at };
  }
}

/** `a.b.c` (or a bare name in a class pattern) as an expression. */
function dotted(cx: LowerContext, node: SyntaxNode): Expr {
  if (node.name === "VariableName") return lowerExpr(cx, node);
  let e: Expr | null = null;
  for (const c of kids(node)) {
    const at = cx.pos(c);
    if (c.name === "VariableName") e = name(cx.src(c), at);
    else if (c.name === "PropertyName" && e) e = { kind: "attribute", value: e, attr: cx.src(c), ...cx.pos(node) };
  }
  return e ?? missing(cx.pos(node));
}

/** Literals: numbers (with a sign, and `a + bj`), strings, None, True, False. */
function lowerLiteral(cx: LowerContext, node: SyntaxNode): Pattern {
  const at = pos(cx, node);
  const children = kids(node);
  const first = children[0];
  if (!first) return { kind: "as", pattern: null, name: null, ...at };
  if (first.name === "None") return { kind: "singleton", value: null, ...at };
  if (first.name === "Boolean") return { kind: "singleton", value: cx.src(first) === "True", ...at };
  if (first.name === "String" || first.name === "FormatString" || first.name === "ContinuedString") {
    return { kind: "value", value: lowerStringLiteral(cx, first), ...at };
  }
  let value: Expr | null = null;
  let sign: string | null = null;
  for (const c of children) {
    if (c.name === "ArithOp") sign = cx.src(c);
    else if (c.name === "Number") {
      const n = lowerNumber(cx, c);
      if (value === null) {
        value = sign === "-" ? { kind: "unary", op: "-", operand: n, ...cx.pos(node) } : n;
      } else value = { kind: "binop", op: sign === "-" ? "-" : "+", left: value, right: n, ...cx.pos(node) };
      sign = null;
    }
  }
  return { kind: "value", value: value ?? missing(cx.pos(node)), ...at };
}

function lowerMapping(cx: LowerContext, node: SyntaxNode, at: Pos): Pattern {
  const children = kids(node).filter((c) => !c.type.isError);
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.name === "**") {
      const target = children[i + 1];
      if (target) rest = cx.src(target);
      i++;
    } else if (c.name === "VariableName" || c.name === "LiteralPattern" || c.name === "AttributePattern") {
      const key = c.name === "LiteralPattern" ? lowerLiteral(cx, c) : { kind: "value" as const, value: dotted(cx, c) };
      keys.push(
        key.kind === "value"
          ? key.value
          : key.kind === "singleton"
            ? {
                kind: "const",
                value: key.value === null ? { type: "none" } : { type: "bool", value: key.value },
                ...cx.pos(c),
              }
            : missing(cx.pos(c)),
      );
      const value = children.slice(i + 1).find(isPattern);
      patterns.push(value ? lowerPattern(cx, value) : { kind: "as", pattern: null, name: null, ...at });
      if (value) i = children.indexOf(value);
    }
  }
  return { kind: "mapping", keys, patterns, rest, ...at };
}

function lowerClass(cx: LowerContext, node: SyntaxNode, at: Pos): Pattern {
  const children = kids(node);
  const cls = dotted(cx, children[0]!);
  const args = children.find((c) => c.name === "PatternArgList");
  const patterns: Pattern[] = [];
  const kwdNames: string[] = [];
  const kwdPatterns: Pattern[] = [];
  for (const c of args ? kids(args) : []) {
    if (c.name === "KeywordPattern") {
      const parts = kids(c);
      kwdNames.push(cx.src(parts[0]!));
      const value = parts.find(isPattern);
      kwdPatterns.push(value ? lowerPattern(cx, value) : { kind: "as", pattern: null, name: null, ...at });
    } else if (isPattern(c)) {
      if (kwdNames.length) cx.error(c, "positional patterns follow keyword patterns");
      patterns.push(lowerPattern(cx, c));
    }
  }
  return { kind: "class", cls, patterns, kwdNames, kwdPatterns, ...at };
}

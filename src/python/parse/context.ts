import type { SyntaxNode } from "@lezer/common";
import type { NameExpr, Pos, Span } from "../ast";
import type { DiagnosticSink } from "./diagnostics/sink";
import type { LineIndex } from "./positions";
import type { PrintSite } from "./print";

/**
 * What the lowering functions share for one parse: the text the Lezer tree was built
 * from, positions, the diagnostics being collected, and what `rewrite.ts` changed so
 * Lezer could read the source.
 */
export class LowerContext {
  constructor(
    /** The source as written (line breaks normalized); literal text is decoded from it. */
    readonly source: string,
    /** The text Lezer parsed: the source with the edits of `rewrite.ts`, same offsets. */
    readonly text: string,
    readonly lines: LineIndex,
    readonly diags: DiagnosticSink,
    readonly printSites: ReadonlyMap<number, PrintSite>,
    /** Offsets of number literals written with a trailing dot, which Lezer saw without it. */
    readonly trailingDotFloats: ReadonlySet<number>,
    /** Offsets of the name `print` that Lezer was shown under another spelling. */
    readonly printNames: ReadonlySet<number>,
  ) {}

  pos(nodeOrOffset: SyntaxNode | number): Pos {
    return this.lines.pos(typeof nodeOrOffset === "number" ? nodeOrOffset : nodeOrOffset.from);
  }

  /**
   * The span of source offsets `from`..`to`; `anchor` (two offsets) is kept as columns
   * when the span is on one line.
   */
  span(from: number, to: number, anchor?: readonly [number, number], subscript = false): Span {
    const a = this.lines.pos(from);
    const b = this.lines.pos(to);
    const base = from - a.col;
    const span = { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
    if (!anchor || a.line !== b.line) return span;
    return { ...span, anchor: [anchor[0] - base, anchor[1] - base], subscript };
  }

  src(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  /** A `parse`-phase SyntaxError over a node. */
  error(node: SyntaxNode, message: string, at = node.from): void {
    this.diags.add("parse", "SyntaxError", message, at, Math.max(at, node.to));
  }

  /** A `parse`-phase SyntaxError found by checking the tree Lezer built (see `Strength`). */
  derived(node: SyntaxNode, message: string): void {
    this.diags.add("parse", "SyntaxError", message, node.from, node.to, "derived");
  }

  /** A construct the engine does not run yet. */
  unsupported(node: SyntaxNode, message: string): void {
    this.diags.add("parse", "NotImplementedError", message, node.from, node.to);
  }
}

/** The children of a node, without comments. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name !== "Comment") out.push(c);
  }
  return out;
}

/** Placeholder where the source has no usable expression (the error is reported elsewhere). */
export function missing(at: Pos): NameExpr {
  return { kind: "name", id: "<error>", line: at.line, col: at.col };
}

/** Punctuation, keywords and operator nodes: the parts of a construct that are not operands. */
const TOKENS = new Set(
  [
    "( ) [ ] { } , : ; . * ** At Body AssignOp TypeDef ArithOp BitOp CompareOp UpdateOp",
    "for async in if else as from import lambda yield await not and or is print",
    "FormatSelfDoc FormatConversion FormatSpec Escape Comment",
  ]
    .join(" ")
    .split(" "),
);

const COMPREHENSIONS = new Set([
  "ArrayComprehensionExpression",
  "SetComprehensionExpression",
  "DictionaryComprehensionExpression",
  "ComprehensionExpression",
]);

/**
 * Whether `node` is the error Lezer makes of the `*` of a starred target in a
 * comprehension's (or a call's generator expression's) `for` clause (`[b for *a, b in xs]`), valid Python its grammar lacks.
 */
export function isComprehensionTargetStar(node: SyntaxNode): boolean {
  if (!node.type.isError || node.firstChild?.name !== "*" || node.firstChild.nextSibling !== null) return false;
  // A generator expression that is a call's only argument lies in the ArgList itself.
  if (!node.parent || !(COMPREHENSIONS.has(node.parent.name) || node.parent.name === "ArgList")) return false;
  for (let s = node.prevSibling; s; s = s.prevSibling) {
    if (s.name === "in" || s.name === "if") return false;
    if (s.name === "for") return true;
  }
  return false;
}

/** Whether a child node is an expression rather than punctuation, a keyword, or an error. */
export function isExprNode(node: SyntaxNode): boolean {
  return !node.type.isError && !TOKENS.has(node.name);
}

/** The expression inside any parentheses around `node` (CPython's positions leave them out). */
export function unparen(node: SyntaxNode): SyntaxNode {
  let n = node;
  while (n.name === "ParenthesizedExpression") {
    const inner = kids(n).find(isExprNode);
    if (!inner) break;
    n = inner;
  }
  return n;
}

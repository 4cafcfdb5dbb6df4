import type { Diagnostic, Pos } from "../../ast";
import type { LineIndex } from "../positions";

/**
 * When CPython would find the problem, which decides which problem it reports
 * (see `order.ts`):
 * - `token`: the tokenizer raises it, even after a parse error on an earlier line;
 * - `dedent`: the tokenizer stops on a bad dedent or tab, which never replaces an
 *   earlier parse error;
 * - `indent`: the parser stops at an unexpected indent and reports it as it is;
 * - `parse`: the parser, whose error a later `token` error replaces;
 * - `symtable` and `analysis`: the symbol table, while reading the tree and then while
 *   resolving names;
 * - `compile`: the code generator.
 */
export type Phase = "token" | "dedent" | "indent" | "parse" | "symtable" | "analysis" | "compile";

/**
 * How far a parser-phase message can be trusted where Lezer also failed:
 * `generic` is Lezer's bare `invalid syntax`; `specific` comes from the text or from
 * Lezer's own error nodes and replaces a generic error on its line; `derived` comes
 * from checking the tree and gives way to a generic error on its line, since the tree
 * there is Lezer's guess.
 */
export type Strength = "generic" | "specific" | "derived";

/** A diagnostic with what `order.ts` needs to rank it. */
export interface Found extends Diagnostic {
  readonly phase: Phase;
  /** Offset of the first character, for ordering within a phase. */
  readonly offset: number;
  readonly strength: Strength;
}

type Kind = Diagnostic["type"];

/** Collects diagnostics for one parse; positions come from the source's line index. */
export class DiagnosticSink {
  readonly found: Found[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** A problem spanning the characters `from..to` of the source. */
  add(phase: Phase, type: Kind, message: string, from: number, to = from, strength: Strength = "specific"): void {
    const start = this.lines.pos(from);
    const end = this.lines.pos(Math.max(from, to));
    this.found.push({
      phase,
      type,
      message,
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      offset: from,
      strength,
    });
  }

  /** A SyntaxError found on the typed tree, where only a node's start position is known. */
  syntax(phase: Phase, message: string, at: Pos, strength: Strength = "specific"): void {
    const offset = this.lines.lineStart(at.line) + at.col;
    this.found.push({
      phase,
      type: "SyntaxError",
      message,
      line: at.line,
      col: at.col,
      endLine: at.line,
      endCol: at.col,
      offset,
      strength,
    });
  }
}

import type { Diagnostic, Pos } from "../../ast";
import type { LineIndex } from "../positions";

/**
 * When CPython would find the problem: the tokenizer, the parser, the symbol table
 * (while reading the tree, then while resolving names), or the code generator. CPython stops at the first problem of the earliest phase it
 * reaches, so the phase decides which diagnostic comes first (see `order.ts`).
 */
export type Phase = "token" | "parse" | "symtable" | "analysis" | "compile";

/** A diagnostic with what `order.ts` needs to rank it. */
export interface Found extends Diagnostic {
  readonly phase: Phase;
  /** Offset of the first character, for ordering within a phase. */
  readonly offset: number;
  /** A bare `invalid syntax` from a Lezer error node, which a more specific message on the same line replaces. */
  readonly generic: boolean;
}

type Kind = Diagnostic["type"];

/** Collects diagnostics for one parse; positions come from the source's line index. */
export class DiagnosticSink {
  readonly found: Found[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** A problem spanning the characters `from..to` of the source. */
  add(phase: Phase, type: Kind, message: string, from: number, to = from, generic = false): void {
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
      generic,
    });
  }

  /** A problem found on the typed tree, where only a node's start position is known. */
  addAt(phase: Phase, type: Kind, message: string, at: Pos): void {
    const offset = this.lines.lineStart(at.line) + at.col;
    this.found.push({
      phase,
      type,
      message,
      line: at.line,
      col: at.col,
      endLine: at.line,
      endCol: at.col,
      offset,
      generic: false,
    });
  }

  syntax(phase: Phase, message: string, at: Pos): void {
    this.addAt(phase, "SyntaxError", message, at);
  }
}

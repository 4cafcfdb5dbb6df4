/**
 * A problem found while compiling: carries the node's position and becomes a
 * Diagnostic (and, if the program is run anyway, a SyntaxError at that line).
 */
import type { Diagnostic, Pos } from "../ast";

export class CompileError extends Error {
  constructor(
    readonly at: Pos,
    readonly type: Diagnostic["type"],
    message: string,
  ) {
    super(message);
  }

  toDiagnostic(): Diagnostic {
    return {
      line: this.at.line,
      col: this.at.col,
      endLine: this.at.line,
      endCol: this.at.col + 1,
      type: this.type,
      message: this.message,
    };
  }
}

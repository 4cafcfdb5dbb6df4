import type { Diagnostic } from "../../ast";
import type { OpenBracket } from "../lexical/scan";
import type { LineIndex } from "../positions";
import type { Found, Phase } from "./sink";

const PHASE_RANK: Record<Phase, number> = { token: 0, parse: 1, symtable: 2, analysis: 3, compile: 4 };

/**
 * Puts diagnostics in the order CPython would meet them, so the first one is the
 * error CPython reports:
 * - tokenizer errors anywhere win (CPython re-tokenizes the whole file after a parse
 *   error and prefers what the tokenizer finds);
 * - then parser errors by position, where a specific message replaces Lezer's generic
 *   `invalid syntax` on the same line, and a line keeps one generic error;
 * - a bracket never closed is reported unless a parse error comes first on an
 *   earlier line or on the bracket's own line;
 * - then the symbol table's errors, then the compiler's.
 */
export function orderDiagnostics(
  found: readonly Found[],
  unclosed: OpenBracket | null,
  lines: LineIndex,
): Diagnostic[] {
  // Everything after a bracket that is never closed was read inside it, so Lezer's
  // errors and the checks there describe a misreading; CPython stops at the bracket.
  const bracketLine = unclosed ? lines.pos(unclosed.offset).line : 0;
  const relevant = unclosed
    ? found.filter((d) => d.phase === "token" || d.offset < unclosed.offset || (d.generic && d.line === bracketLine))
    : found;

  const specificLines = new Set<number>();
  for (const d of relevant) {
    if (!d.generic && (d.phase === "token" || d.phase === "parse")) specificLines.add(d.line);
  }
  const genericLines = new Set<number>();
  const kept: Found[] = [];
  for (const d of [...relevant].sort((a, b) => a.offset - b.offset)) {
    if (d.generic) {
      if (specificLines.has(d.line) || genericLines.has(d.line)) continue;
      genericLines.add(d.line);
    }
    kept.push(d);
  }

  if (unclosed) {
    const at = lines.pos(unclosed.offset);
    // CPython reports an open bracket when the parser's error lies on a later line.
    const firstParse = kept
      .filter((d) => d.phase === "parse")
      .reduce<Found | null>((min, d) => (min === null || d.offset < min.offset ? d : min), null);
    const bracketFirst = firstParse === null || firstParse.line > at.line;
    kept.push({
      phase: "parse",
      type: "SyntaxError",
      message: `'${unclosed.char}' was never closed`,
      line: at.line,
      col: at.col,
      endLine: at.line,
      endCol: at.col + 1,
      offset: bracketFirst ? -1 : Number.MAX_SAFE_INTEGER,
      generic: false,
    });
  }

  kept.sort((a, b) => PHASE_RANK[a.phase] - PHASE_RANK[b.phase] || a.offset - b.offset);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of kept) {
    const key = `${d.line}:${d.col}:${d.type}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      line: d.line,
      col: d.col,
      endLine: d.endLine,
      endCol: d.endCol,
      type: d.type,
      message: d.message,
    });
  }
  return out;
}

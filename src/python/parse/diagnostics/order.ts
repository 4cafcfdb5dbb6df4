import type { Diagnostic } from "../../ast";
import type { OpenBracket } from "../lexical/scan";
import type { LineIndex } from "../positions";
import type { Found, Phase } from "./sink";

const LATER_PHASES: Phase[] = ["symtable", "analysis", "compile"];

/**
 * Puts diagnostics in the order CPython would meet them, so that the first one is
 * the error CPython reports, and drops what is only an echo of another problem.
 *
 * - On a line, a `specific` message replaces Lezer's `generic` one, a `generic` one
 *   replaces a `derived` one, and one generic error per line is enough.
 * - Everything after a bracket that is never closed was read inside it and describes
 *   a misreading; only tokenizer errors and errors on the bracket's own line survive,
 *   and the open bracket is reported after those.
 * - The tokenizer runs ahead of the parser: what it finds before the parser's first
 *   error comes first; after a parse error CPython tokenizes the rest of the file and
 *   reports the first tokenizer error it meets instead, unless that is a bad dedent,
 *   which only stops it.
 * - Then the symbol table's errors, then the compiler's.
 */
export function orderDiagnostics(
  found: readonly Found[],
  unclosed: OpenBracket | null,
  lines: LineIndex,
): Diagnostic[] {
  // After an open bracket, only what the tokenizer found and Lezer's own errors on the
  // bracket's line are more than a misreading of the rest of the file. CPython then
  // reports the bracket unless the parser stopped before reading a token on a later
  // line: the token after the error must still be on the bracket's line.
  const bracketLine = unclosed ? lines.pos(unclosed.offset).line : 0;
  const nextTokenLine = (d: Found): number => {
    const text = lines.text;
    let i = lines.lineStart(d.endLine) + d.endCol;
    while (i < text.length && /\s/.test(text[i])) i++;
    return i >= text.length ? lines.lineCount + 1 : lines.pos(i).line;
  };
  let relevant = unclosed
    ? found.filter(
        (d) =>
          d.phase === "token" ||
          d.offset < unclosed.offset ||
          (d.line === bracketLine && d.strength !== "derived" && nextTokenLine(d) === bracketLine),
      )
    : [...found];

  const early = (d: Found): boolean =>
    d.phase === "token" || d.phase === "dedent" || d.phase === "indent" || d.phase === "parse";
  // Computed before the bracket filter: a dropped specific message still explains a generic one.
  const specificLines = new Set(found.filter((d) => early(d) && d.strength === "specific").map((d) => d.line));
  const genericLines = new Set(relevant.filter((d) => d.strength === "generic").map((d) => d.line));
  relevant = relevant.filter(
    (d) =>
      !(d.strength === "generic" && specificLines.has(d.line)) &&
      !(d.strength === "derived" && genericLines.has(d.line)),
  );
  if (unclosed) {
    const at = lines.pos(unclosed.offset);
    relevant.push({
      phase: "parse",
      type: "SyntaxError",
      message: `'${unclosed.char}' was never closed`,
      line: at.line,
      col: at.col,
      endLine: at.line,
      endCol: at.col + 1,
      // CPython names the open bracket only when its parse error lies on a later
      // line, so on the bracket's own line it ranks after the others.
      offset: lines.lineStart(bracketLine + 1) - 1,
      strength: "specific",
    });
  }
  // At the same place the tokenizer's dedent check comes before its other errors.
  relevant.sort((a, b) => a.offset - b.offset || Number(b.phase === "dedent") - Number(a.phase === "dedent"));
  const keptGeneric = new Set<number>();
  relevant = relevant.filter((d) => {
    if (d.strength !== "generic") return true;
    if (keptGeneric.has(d.line)) return false;
    keptGeneric.add(d.line);
    return true;
  });

  const parserTime = relevant.filter(early);
  const first = parserTime[0];
  if (first && first.phase === "parse") {
    const tokenizerStop = parserTime.find(
      (d) => d.offset > first.offset && (d.phase === "token" || d.phase === "dedent"),
    );
    if (tokenizerStop?.phase === "token") {
      parserTime.splice(parserTime.indexOf(tokenizerStop), 1);
      parserTime.unshift(tokenizerStop);
    }
  }
  const ordered = [...parserTime, ...LATER_PHASES.flatMap((phase) => relevant.filter((d) => d.phase === phase))];

  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of ordered) {
    const key = `${d.line}:${d.col}:${d.type}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line: d.line, col: d.col, endLine: d.endLine, endCol: d.endCol, type: d.type, message: d.message });
  }
  return out;
}

import type { SyntaxNode, Tree } from "@lezer/common";
import type { ScanResult } from "../lexical/scan";
import { numberProblem } from "../literals/numbers";
import { explainError } from "./error-messages";
import type { DiagnosticSink } from "./sink";
import { isComprehensionTargetStar } from "../context";

/**
 * Reports Lezer's error nodes as `invalid syntax` (generic: a more specific message
 * on the same line replaces them) and malformed number literals. An error Lezer
 * places after the last token (it ran out of input) is reported where that token
 * ends, on the line where the statement stopped, as CPython does. When a bracket is
 * still open at the end, errors at the end are dropped: the open bracket is the
 * message (see `order.ts`).
 */
export function collectTreeErrors(tree: Tree, text: string, scanned: ScanResult, sink: DiagnosticSink): void {
  const last = scanned.lines[scanned.lines.length - 1];
  const lastTokenEnd = last ? last.end : 0;
  const bracketOpen = scanned.unclosed !== null;
  tree.iterate({
    enter(ref) {
      if (ref.type.isError) {
        const node = ref.node;
        const parent = node.parent;
        // Lezer's grammar requires a value after `yield`; a bare `yield` is valid Python.
        if (
          text.slice(node.from, node.to).trim() === "" &&
          parent &&
          (parent.name === "YieldExpression" || parent.name === "YieldStatement") &&
          node.prevSibling?.name === "yield"
        ) {
          return false;
        }
        // Lezer's `del` takes no `*x`; CPython names the problem.
        if (parent?.name === "DeleteStatement" && text[node.from] === "*") {
          sink.add("parse", "SyntaxError", "cannot delete starred", node.from, node.to);
          return false;
        }
        // A lambda's `/` (positional-only marker) is valid Python the grammar lacks.
        if (parent?.name === "ParamList" && text.slice(node.from, node.to) === "/") return false;
        // `case []:`, `case {}:` and `case Point():` are valid; the grammar wants an item inside.
        if (insideEmptyPatternBrackets(node, text)) return false;
        // `[b for *a, b in xs]`: a starred comprehension target.
        if (isComprehensionTargetStar(node)) return false;
        // f-string fields report their own, more precise, messages.
        if (parent?.name === "FormatReplacement") return false;
        // A block opener on the last line: the indentation check reports the missing block.
        if (node.from >= lastTokenEnd && last?.opener) return false;
        // With a bracket open, an error at the last token is CPython meeting the end of input.
        if (node.to >= lastTokenEnd && bracketOpen) return false;
        // An unterminated string is reported by the scan; what Lezer makes of the rest of it is noise.
        if (scanned.unterminated.some((u) => node.from >= u.from && node.from <= u.to)) return false;
        const explained = explainError(node, text);
        if (explained) {
          sink.add(
            "parse",
            "SyntaxError",
            explained.message,
            explained.at,
            Math.max(explained.at, explained.end ?? node.to),
          );
          return false;
        }
        const from = Math.min(node.from, lastTokenEnd);
        sink.add(
          "parse",
          "SyntaxError",
          "invalid syntax",
          from,
          Math.max(from, Math.min(node.to, text.length)),
          "generic",
        );
        return false;
      }
      if (ref.name === "Number") {
        const problem = numberProblem(text.slice(ref.from, ref.to), text.slice(ref.to, ref.to + 8));
        if (problem) sink.add("token", "SyntaxError", problem, ref.from, ref.to);
      }
      return undefined;
    },
  });
}

const BRACKETED_PATTERNS = new Set(["SequencePattern", "MappingPattern", "PatternArgList"]);

/** Whether an error node is what Lezer makes of the empty inside of a pattern's brackets. */
function insideEmptyPatternBrackets(node: SyntaxNode, text: string): boolean {
  for (let p = node.parent, depth = 0; p && depth < 2; p = p.parent, depth++) {
    if (BRACKETED_PATTERNS.has(p.name)) return text.slice(p.from, p.to).trim().slice(1, -1).trim() === "";
  }
  return false;
}

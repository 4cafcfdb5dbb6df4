import { parser } from "@lezer/python";
import type { Module, ParseResult } from "../ast";
import { kids, LowerContext } from "./context";
import { checkModule } from "./diagnostics/checks";
import { orderDiagnostics } from "./diagnostics/order";
import { DiagnosticSink } from "./diagnostics/sink";
import { collectTreeErrors } from "./diagnostics/tree-errors";
import { checkIndentation } from "./lexical/indentation";
import { scan } from "./lexical/scan";
import { LineIndex } from "./positions";
import { rewriteForLezer } from "./rewrite";
import { lowerBlock } from "./statements";

/**
 * Parses Python source into the typed tree of `ast.ts`, with every problem CPython
 * 3.11 would report at compile time (and the constructs not supported yet) as
 * diagnostics. Never throws: with diagnostics, the module holds whatever could be
 * read, with `<error>` names where an expression was missing.
 *
 * `diagnostics[0]`, when present, is the error CPython would raise; the others are
 * further problems for the editor to mark. Python 2 forms found in old Tornado code
 * keep their Python 2 meaning: `print x, y` (PrintStmt), `except E, e:`,
 * `raise E, "msg"` (raises `E("msg")`), `a <> b` (`!=`).
 */
export function parse(source: string): ParseResult {
  // CPython reads `\r\n` and `\r` as `\n`; line and column numbers are unchanged.
  const text = source.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const lines = new LineIndex(text);
  const sink = new DiagnosticSink(lines);

  const scanned = scan(text, lines, sink);
  checkIndentation(scanned.lines, text, sink);

  const rewritten = rewriteForLezer(text, scanned);
  const parsed = rewritten.text;
  const tree = parser.parse(parsed);

  collectTreeErrors(tree, parsed, scanned, sink);

  const cx = new LowerContext(
    text,
    parsed,
    lines,
    sink,
    rewritten.printSites,
    rewritten.trailingDotFloats,
    rewritten.printNames,
  );
  const module: Module = { body: lowerBlock(cx, kids(tree.topNode)) };
  checkModule(module, sink);
  return { module, diagnostics: orderDiagnostics(sink.found, scanned.unclosed, lines) };
}

/**
 * Table-driven comparison with CPython: each expression is evaluated by python3 and
 * by the engine inside the same small program, which prints `repr(result)` or
 * `!ExcType: message` per line. The expectation is whatever CPython prints, so the
 * tables hold expressions only, never hard-coded results.
 */
import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { runProgram } from "../../../src/python";

export interface Row {
  readonly expr: string;
  readonly expected: string;
  readonly actual: string;
}

const SHOW = `
def _show(f):
    try:
        r = f()
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e).replace("\\n", "\\\\n")
    return repr(r)
`;

/** Build the program: `prelude`, then one printed line per expression. */
function program(exprs: readonly string[], prelude: string): string {
  const lines = exprs.map((e, i) => `print(${i}, _show(lambda: ${e}))`);
  return `${SHOW}\n${prelude}\n${lines.join("\n")}\n`;
}

function byIndex(out: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const line of out.split("\n")) {
    const sp = line.indexOf(" ");
    if (sp > 0 && /^\d+$/.test(line.slice(0, sp))) m.set(Number(line.slice(0, sp)), line.slice(sp + 1));
  }
  return m;
}

/** Run `exprs` under CPython and the engine; one row per expression. */
export function compareWithCPython(exprs: readonly string[], prelude = ""): Row[] {
  const src = program(exprs, prelude);
  const expectedOut = execFileSync("python3", ["-c", src], {
    encoding: "utf8",
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
  });
  const result = runProgram(src);
  const actualOut = result.error ? `${result.stdout}\n${result.error.traceback}` : result.stdout;
  const expected = byIndex(expectedOut);
  const actual = byIndex(actualOut);
  const failure = result.error ? `<program failed: ${result.error.type}: ${result.error.message}>` : "<no output>";
  return exprs.map((expr, i) => ({
    expr,
    expected: expected.get(i) ?? "<missing from CPython>",
    actual: actual.get(i) ?? failure,
  }));
}

/**
 * Register one `it` per row; rows whose expression is in `known` are skipped with the
 * reason recorded there (behaviour owned by code outside the formatting builtins).
 */
export function checkRows(rows: readonly Row[], known: Readonly<Record<string, string>> = {}): void {
  for (const row of rows) {
    const reason = known[row.expr];
    if (reason !== undefined) it.skip(`${row.expr} (known: ${reason})`, () => {});
    else it(row.expr, () => expect(row.actual).toBe(row.expected));
  }
}

/**
 * Run a whole program under CPython and the engine; returns both outputs (stdout,
 * then the last traceback line for an uncaught exception).
 */
export function runBoth(src: string): { expected: string; actual: string } {
  let expected: string;
  try {
    expected = execFileSync("python3", ["-c", src], {
      encoding: "utf8",
      env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    const last = err.stderr.trim().split("\n").pop();
    expected = `${err.stdout}${last}\n`;
  }
  const r = runProgram(src);
  const actual = r.error
    ? `${r.stdout}${r.error.message ? `${r.error.type}: ${r.error.message}` : r.error.type}\n`
    : r.stdout;
  return { expected, actual };
}

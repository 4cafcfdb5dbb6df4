/**
 * Table-driven conformance against CPython for the builtin types' methods: a table of
 * expressions becomes one program that prints each expression's repr (or the
 * exception's type and message) on its own line; the program runs under python3 and
 * under the engine, and each line is one test.
 *
 * Expressions the engine is known to get wrong because of code outside the types'
 * methods are listed with the reason; they run as `it.fails`, so a fix elsewhere
 * shows up as a failure here, asking for the entry to be removed.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";

export interface Table {
  /** Statements run once before the expressions (names the expressions use). */
  readonly setup?: string;
  /** Expressions, each printed with repr(); statements are not allowed. */
  readonly exprs: readonly string[];
  /** Test title (the expression, or `expr  [#i]` for a repeat) → why the engine differs. */
  readonly known?: Readonly<Record<string, string>>;
}

function program(table: Table): string {
  const lines = [table.setup ?? ""];
  for (const e of table.exprs) {
    lines.push("try:", `    print(repr(${e}))`, "except Exception as e:", "    print(type(e).__name__, e)");
  }
  return lines.join("\n") + "\n";
}

function cpython(source: string): string {
  const r = spawnSync("python3", ["-c", source], {
    encoding: "utf8",
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout;
}

/** Compare every expression of `table` with CPython, one test per expression. */
export function conformance(name: string, table: Table): void {
  describe(name, () => {
    const source = program(table);
    const expected = cpython(source).split("\n");
    const run = runProgram(source);
    const actual = run.stdout.split("\n");
    it("runs to the end", () => {
      expect(run.error).toBeNull();
      expect(actual.length).toBe(expected.length);
    });
    const seen = new Set<string>();
    table.exprs.forEach((e, i) => {
      // Repeated expressions (after a mutation) get their position in the name.
      const title = seen.has(e) ? `${e}  [#${i}]` : e;
      seen.add(e);
      const reason = table.known?.[title];
      const check = () => expect(actual[i]).toBe(expected[i]);
      if (reason !== undefined) it.fails(`${title}  (known: ${reason})`, check);
      else it(title, check);
    });
  });
}

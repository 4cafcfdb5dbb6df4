import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/python/parse/index";
import { caseSource, fixtureFiles, readCases } from "./fixtures";

// Checks the parser against the CPython on PATH (3.11 expected): every fixture that
// CPython compiles must parse without diagnostics, and for every other fixture our
// first diagnostic must carry CPython's exception type, message and line. Fixtures
// flagged `py2`, `unsupported` or `cpython-differs` are known, deliberate differences.

interface CPythonResult {
  readonly ok?: boolean;
  readonly type?: string;
  readonly msg?: string;
  readonly line?: number | null;
}

function compileAll(sources: readonly string[]): CPythonResult[] | null {
  const script = join(import.meta.dirname, "cpython-compile.py");
  const run = spawnSync("python3", [script], { input: JSON.stringify(sources), encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  return JSON.parse(run.stdout) as CPythonResult[];
}

const probe = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] >= (3, 11))"], {
  encoding: "utf8",
});
const haveCPython = !probe.error && probe.stdout.trim() === "True";

// CPython's TabError is an IndentationError; the Diagnostic type has no TabError.
const typeName = (t: string | undefined): string | undefined => (t === "TabError" ? "IndentationError" : t);

describe.skipIf(!haveCPython)("agreement with CPython", () => {
  const cases = fixtureFiles()
    .flatMap(readCases)
    .filter((c) => !c.flags.some((f) => f === "py2" || f === "unsupported" || f.startsWith("cpython-differs")));
  const results = haveCPython ? compileAll(cases.map(caseSource)) : null;

  cases.forEach((c, i) => {
    it(`${c.file}: ${c.name}`, () => {
      const cpython = results?.[i];
      expect(cpython).toBeDefined();
      const first = parse(caseSource(c)).diagnostics[0];
      if (cpython?.ok) {
        expect(first).toBeUndefined();
      } else {
        expect(first, `CPython: ${cpython?.type}: ${cpython?.msg}`).toBeDefined();
        expect({ type: first.type, message: first.message, line: first.line }).toEqual({
          type: typeName(cpython?.type),
          message: cpython?.msg,
          line: cpython?.line,
        });
      }
    });
  });
});

// Programs from the shared Python corpus that CPython compiles must parse cleanly.
const corpusDir = join(import.meta.dirname, "..", "..", "python-corpus", "programs");
const corpus = (() => {
  try {
    return readdirSync(corpusDir)
      .filter((f) => f.endsWith(".py"))
      .sort();
  } catch {
    return [];
  }
})();

describe.skipIf(!haveCPython || corpus.length === 0)("python corpus parses like CPython", () => {
  const sources = corpus.map((f) => readFileSync(join(corpusDir, f), "utf8"));
  const results = haveCPython && corpus.length > 0 ? compileAll(sources) : null;
  corpus.forEach((file, i) => {
    it(file, () => {
      const diagnostics = parse(sources[i]).diagnostics;
      if (results?.[i]?.ok) expect(diagnostics).toEqual([]);
      else expect(diagnostics[0]?.line).toBe(results?.[i]?.line);
    });
  });
});

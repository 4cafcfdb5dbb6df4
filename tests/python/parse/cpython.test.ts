import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FStringPart, Stmt } from "../../../src/python/ast";
import { dumpModule } from "../../../src/python/parse/dump";
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

function runScript<T>(name: string, sources: readonly string[]): T[] | null {
  const script = join(import.meta.dirname, name);
  const run = spawnSync("python3", [script], {
    input: JSON.stringify(sources),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) return null;
  return JSON.parse(run.stdout) as T[];
}

const compileAll = (sources: readonly string[]): CPythonResult[] | null =>
  runScript<CPythonResult>("cpython-compile.py", sources);

/** CPython's own tree of each source in our dump format, or null where it does not compile. */
const cpythonDumps = (sources: readonly string[]): (string | null)[] | null =>
  runScript<string | null>("cpython-dump.py", sources);

/**
 * CPython's AST has no self-documenting field: `f"{x=}"` is the text `x=` and then
 * the field. This rewrites our trees the same way before dumping.
 */
function selfDocAsText<T>(node: T): T {
  if (Array.isArray(node)) return node.map(selfDocAsText) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = selfDocAsText(value);
  if (out.kind === "fstring") {
    const parts: FStringPart[] = [];
    for (const part of out.parts as FStringPart[]) {
      const pieces: FStringPart[] =
        part.kind === "field" && part.selfDoc !== null
          ? [
              { kind: "text", value: part.selfDoc },
              { ...part, selfDoc: null },
            ]
          : [part];
      for (const piece of pieces) {
        const last = parts[parts.length - 1];
        if (piece.kind === "text" && last?.kind === "text") {
          parts[parts.length - 1] = { kind: "text", value: last.value + piece.value };
        } else parts.push(piece);
      }
    }
    out.parts = parts;
  }
  return out as T;
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

// Every valid source we have (fixtures and the corpus) must lower to the same tree as
// CPython's ast module produces, compared through the dump format.
describe.skipIf(!haveCPython)("trees agree with CPython's ast", () => {
  const fixtureSources = fixtureFiles()
    .flatMap(readCases)
    .filter((c) => !c.flags.some((f) => f === "py2" || f === "unsupported"))
    .map((c) => ({ name: `${c.file}: ${c.name}`, source: caseSource(c) }));
  const corpusSources = corpus.map((f) => ({ name: f, source: readFileSync(join(corpusDir, f), "utf8") }));
  const all = [...fixtureSources, ...corpusSources];
  const dumps = haveCPython ? cpythonDumps(all.map((c) => c.source)) : null;
  const comparable = all
    .map((c, i) => ({ ...c, expected: dumps?.[i] ?? null }))
    .filter((c) => c.expected !== null && !c.expected.startsWith("unsupported"));

  it("has sources to compare", () => {
    expect(comparable.length).toBeGreaterThan(150);
  });

  comparable.forEach((c) => {
    it(c.name, () => {
      const { module } = parse(c.source);
      expect(dumpModule(selfDocAsText(module.body) as readonly Stmt[])).toBe(c.expected);
    });
  });
});

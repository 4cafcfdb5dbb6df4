/**
 * The language conformance corpus (see README.md in this folder).
 *
 * - `programs/`: each program runs under the CPython on this machine and through the
 *   engine; stdout must match byte for byte, and the uncaught exception, if any, must
 *   match CPython's last stderr line exactly.
 * - `py2/`: Python 2 statement forms, checked against hand-written `.expected` files.
 * - `limits/`: programs that only stop because the engine stops them, run in a child
 *   process with a timeout, twice, so the stop is also checked to be deterministic.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runProgram } from "../../src/python/index";
import { lastLine, mapLimit, PYTHON, runCPython, type ReferenceRun } from "./cpython";
import { errorLine, parseExpected, type Expectation } from "./expected";
import { SKIP } from "./skip";

const here = import.meta.dirname;
const repoRoot = join(here, "..", "..");

function pythonFiles(folder: string): string[] {
  return readdirSync(join(here, folder))
    .filter((f) => f.endsWith(".py"))
    .sort();
}

const programs = pythonFiles("programs");
const py2Programs = pythonFiles("py2");
const limitPrograms = pythonFiles("limits");

/** What the engine produced, in the form compared with the reference. */
interface Outcome {
  readonly stdout: string;
  readonly error: string | null;
}

function runEngine(file: string): Outcome {
  const result = runProgram(readFileSync(file, "utf8"), { filename: basename(file) });
  return { stdout: result.stdout, error: errorLine(result.error) };
}

/**
 * As CPython's stderr ends: the last line of the engine's traceback (which names an
 * exception of a stdlib module with its module, `json.decoder.JSONDecodeError`, and
 * puts add_note() notes last), or the error line when there is no traceback.
 */
function runEngineAsCPython(file: string): Outcome {
  const result = runProgram(readFileSync(file, "utf8"), { filename: basename(file) });
  const traceback = result.error?.traceback ?? "";
  return { stdout: result.stdout, error: traceback ? lastLine(traceback) : errorLine(result.error) };
}

/** Registers one test per file, or a skipped one titled with its reason. */
function eachProgram(files: readonly string[], test: (file: string) => void | Promise<void>, timeout?: number): void {
  for (const file of files) {
    const reason = SKIP[file];
    if (reason !== undefined) it.skip(`${file} (skipped: ${reason})`, () => {});
    else it(file, () => test(file), timeout);
  }
}

function expectOutcome(actual: Outcome, expected: Expectation): void {
  expect(actual.stdout).toBe(expected.stdout);
  const want = expected.error;
  if (want.kind === "none") expect(actual.error).toBeNull();
  else if (want.kind === "exact") expect(actual.error).toBe(want.line);
  else expect(actual.error ?? "(no error)").toMatch(want.pattern);
}

describe("the corpus itself", () => {
  it("has at least 150 CPython programs, as the language issue requires", () => {
    expect(programs.length).toBeGreaterThanOrEqual(150);
  });

  it("skips only programs that exist, each with a reason", () => {
    const known = new Set([...programs, ...py2Programs, ...limitPrograms]);
    for (const [file, reason] of Object.entries(SKIP)) {
      expect(known.has(file), `skip list names a missing program: ${file}`).toBe(true);
      expect(reason.trim(), `skip entry without a reason: ${file}`).not.toBe("");
    }
  });

  it("has an .expected file beside every py2/ and limits/ program", () => {
    for (const [folder, files] of [
      ["py2", py2Programs],
      ["limits", limitPrograms],
    ] as const) {
      for (const file of files) {
        expect(() => readFileSync(join(here, folder, file.replace(/\.py$/, ".expected")))).not.toThrow();
      }
    }
  });
});

describe("programs/ match CPython", () => {
  const reference = new Map<string, ReferenceRun>();

  beforeAll(async () => {
    const runs = await mapLimit(programs, 4, (file) => runCPython(join(here, "programs", file))).catch((e: unknown) => {
      throw new Error(`the corpus needs CPython (${PYTHON}) on the test machine: ${String(e)}`);
    });
    programs.forEach((file, i) => reference.set(file, runs[i]!));
  }, 300_000);

  eachProgram(programs, (file) => {
    const cpython = reference.get(file);
    if (cpython === undefined) throw new Error(`no CPython result for ${file}`);
    // Exit status 0 or 1 is a normal end or an uncaught exception; anything else means
    // the program itself is broken (see check-python.sh).
    expect([0, 1], `CPython exited with ${cpython.exitCode}: ${cpython.stderr}`).toContain(cpython.exitCode);
    const actual = runEngineAsCPython(join(here, "programs", file));
    expect(actual).toEqual({ stdout: cpython.stdout, error: cpython.errorLine });
  });
});

function readExpectation(folder: string, file: string): Expectation {
  return parseExpected(readFileSync(join(here, folder, file.replace(/\.py$/, ".expected")), "utf8"));
}

describe("py2/ statement forms have their Python 2 meaning", () => {
  eachProgram(py2Programs, (file) => {
    expectOutcome(runEngine(join(here, "py2", file)), readExpectation("py2", file));
  });
});

const CHILD_TIMEOUT_MS = 60_000;

/** Runs a program twice through the engine in a child process (see run-in-child.ts). */
function runInChild(file: string): Promise<Outcome[]> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const runner = join(here, "run-in-child.ts");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsx, runner, file],
      { cwd: repoRoot, encoding: "utf8", timeout: CHILD_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed ? `did not stop within ${CHILD_TIMEOUT_MS} ms` : `exited with ${error.code}`;
          reject(new Error(`engine run of ${basename(file)} ${why}\n${stderr.slice(-2000)}`));
          return;
        }
        const parsed = JSON.parse(stdout) as {
          runs: { stdout: string; error: { type: string; message: string } | null }[];
        };
        resolve(parsed.runs.map((r) => ({ stdout: r.stdout, error: errorLine(r.error) })));
      },
    );
  });
}

describe("limits/ runaway programs stop deterministically", () => {
  eachProgram(
    limitPrograms,
    async (file) => {
      const [first, second] = await runInChild(join(here, "limits", file));
      expectOutcome(first!, readExpectation("limits", file));
      expect(second, "a second run must stop at the same place with the same error").toEqual(first);
    },
    CHILD_TIMEOUT_MS + 10_000,
  );
});

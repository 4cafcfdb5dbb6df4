/**
 * Runs small Python programs under CPython (python3 on PATH, 3.11) and under the
 * engine, so a test can compare what each printed and how each ended. CPython runs
 * each program as a script of its own (a real `__main__`, a real stderr); the engine
 * through `runProgram`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, type InterpreterOptions } from "../../../src/python";

export const PYTHON = process.env.PYTHON ?? "python3";

/** How a run ended: what it printed, and the last line of its traceback (null when none). */
export interface Outcome {
  readonly stdout: string;
  /** The last line the traceback shows (`Type: message`, with any "Did you mean" hint). */
  readonly last: string | null;
  /** The whole traceback text (CPython's stderr, or the engine's report). */
  readonly traceback: string | null;
}

/** A Python program written in a template literal: raw (backslashes as written) and dedented. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.raw.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = text
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "\n")
    .split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

function lastLine(text: string): string | null {
  const lines = text.split("\n").filter((l) => l !== "");
  return lines.length ? lines[lines.length - 1]! : null;
}

const workDir = mkdtempSync(join(tmpdir(), "core-"));
let counter = 0;

/** Runs `source` as `main.py` under CPython. */
export function runCPython(source: string): Promise<Outcome> {
  const dir = mkdtempSync(join(workDir, `p${++counter}-`));
  const file = join(dir, "main.py");
  writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      ["main.py"],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`${PYTHON}: ${error.message}`));
          return;
        }
        // CPython names the script by its absolute path; the engine by the name it was given.
        const text = stderr.split(`${dir}/`).join("");
        resolve({ stdout, last: error ? lastLine(text) : null, traceback: error ? text : null });
      },
    );
  });
}

/** Runs `source` through the engine. */
export function runEngine(source: string, options: InterpreterOptions = {}): Outcome {
  const r = runProgram(source, { filename: "main.py", ...options });
  return {
    stdout: r.stdout,
    last: r.error ? lastLine(r.error.traceback) : null,
    traceback: r.error?.traceback ?? null,
  };
}

/** Runs every program under CPython, a few at a time; results in the same order. */
export async function runAllCPython(sources: readonly string[]): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      out[i] = await runCPython(sources[i]!);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}

/**
 * CPython 3.11 marks the failing expression under a traceback's source line with
 * `^` and `~`; the engine does not. Those marker lines are dropped before comparing.
 */
export function withoutMarkers(traceback: string): string {
  return traceback
    .split("\n")
    .filter((l) => !/^\s+[~^]+[\s~^]*$/.test(l))
    .join("\n");
}

/** What a case asserts of the engine's outcome against CPython's. */
export type OutcomeCheck = (engine: Outcome, cpython: Outcome) => void;

/** The default check: the same output, ending the same way. */
export const sameOutputAndEnding: OutcomeCheck = (engine, cpython) => {
  expect(engine.stdout).toBe(cpython.stdout);
  expect(engine.last).toBe(cpython.last);
};

/**
 * A `describe` block with one test a case: every program runs under CPython first
 * (a few at a time), then each test runs it through the engine and applies `check`.
 */
export function describeAgainstCPython(
  title: string,
  cases: Readonly<Record<string, string>>,
  check: OutcomeCheck = sameOutputAndEnding,
): void {
  const names = Object.keys(cases);
  describe(title, () => {
    const reference = new Map<string, Outcome>();

    beforeAll(async () => {
      const runs = await runAllCPython(names.map((n) => cases[n]!));
      names.forEach((n, i) => reference.set(n, runs[i]!));
    }, 120_000);

    for (const name of names) {
      it(name, () => check(runEngine(cases[name]!), reference.get(name)!));
    }
  });
}

/**
 * Runs a Python program under CPython (python3 on PATH, 3.11) and under the engine,
 * and compares what they print, line by line. Object addresses (`at 0x7f...`) differ
 * between the two by nature, so both sides have them masked.
 */
import { execFileSync } from "node:child_process";
import { expect } from "vitest";
import { runProgram } from "../../../src/python";

const ADDRESS = /0x[0-9a-f]{6,}/g;

function mask(text: string): string[] {
  return text.replace(ADDRESS, "0x?").split("\n");
}

/** What CPython prints for `source` (stdout only; a failing program fails the test). */
export function cpython(source: string): string {
  return execFileSync("python3", ["-c", source], {
    encoding: "utf8",
    cwd: "/tmp",
    // CPython's warnings go to stderr, which is not compared.
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
  });
}

/** Assert the engine prints exactly what CPython prints, and raises nothing uncaught. */
export function expectSameAsCPython(source: string): void {
  const expected = cpython(source);
  const r = runProgram(source);
  const got = r.error ? r.stdout + "!! " + r.error.traceback : r.stdout;
  expect(mask(got)).toEqual(mask(expected));
}

/**
 * A Python program written as a template literal in a test file: taken raw (so
 * backslashes reach Python as written) and dedented. A literal `${` is written `\${`.
 */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.raw.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = text
    .replace(/\\\$\{/g, "${")
    .replace(/^\n/, "")
    .split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

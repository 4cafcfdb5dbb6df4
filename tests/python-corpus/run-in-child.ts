/**
 * Runs one program through the engine twice, in a process of its own, and writes
 * `{ runs: [{ stdout, error }, { stdout, error }] }` as JSON. The corpus tests use it
 * for `limits/`, whose programs only stop if the engine stops them: a regression
 * there must fail a test, not hang the test runner.
 *
 * Usage: tsx tests/python-corpus/run-in-child.ts FILE.py
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { runProgram } from "../../src/python/index";

const file = process.argv[2];
if (!file) throw new Error("usage: run-in-child.ts FILE.py");
const source = readFileSync(file, "utf8");
// Two runs in one process also catch state leaking from one run into the next.
const runs = [0, 1].map(() => {
  const { stdout, error } = runProgram(source, { filename: basename(file) });
  return { stdout, error: error && { type: error.type, message: error.message } };
});
process.stdout.write(JSON.stringify({ runs }));

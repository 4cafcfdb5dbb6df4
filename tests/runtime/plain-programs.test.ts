/**
 * Plain programs run through the runtime as `npm run -s scenario -- FILE --format stdout`
 * runs them, and compared byte for byte with what CPython prints for the same file (run
 * at test time): asyncio programs (`asyncio-programs/*.py`, no Tornado), and programs
 * using the other modules the runtime provides (`programs/*.py`: traceback, logging,
 * time). Without CPython on the test machine each comparison is skipped, with that reason.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { mapLimit, PYTHON, runCPython, type ReferenceRun } from "../python-corpus/cpython";

const listPrograms = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => join(folder, f));
const asyncioPrograms = listPrograms(join(import.meta.dirname, "asyncio-programs"));
const programs = [...asyncioPrograms, ...listPrograms(join(import.meta.dirname, "programs"))];

function hasPython(): boolean {
  try {
    execFileSync(PYTHON, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const python = hasPython();

/** What the CLI's `--format stdout` writes for `file`: named by its absolute path, logging set up as python3's. */
function runEngine(file: string): string {
  const { scenario, errors } = parseScenario(readFileSync(file, "utf8"));
  if (errors.length) throw new Error(errors.map((e) => e.message).join("; "));
  return runScenario(scenario, undefined, { filename: file, loggingRoot: "python" }).stdout;
}

describe("plain programs through the runtime print what CPython prints", () => {
  it("has programs to compare", () => {
    expect(asyncioPrograms.length).toBeGreaterThanOrEqual(25);
  });

  const reference = new Map<string, ReferenceRun>();
  beforeAll(async () => {
    if (!python) return;
    const runs = await mapLimit(programs, 4, (file) => runCPython(file));
    programs.forEach((file, i) => reference.set(file, runs[i]!));
  }, 300_000);

  for (const file of programs) {
    const name = `${basename(join(file, ".."))}/${basename(file)}`;
    if (!python) {
      it.skip(`${name} (skipped: no ${PYTHON} on this machine to compare with)`, () => {});
      continue;
    }
    it(name, () => {
      const cpython = reference.get(file)!;
      expect([0, 1], `CPython exited with ${cpython.exitCode}: ${cpython.stderr}`).toContain(cpython.exitCode);
      expect(runEngine(file)).toBe(cpython.stdout);
    });
  }
});

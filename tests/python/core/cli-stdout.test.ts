/**
 * `npm run -s scenario -- FILE --format stdout` on plain Python programs writes exactly
 * what CPython writes to stdout, byte for byte (`end=`, `sep=`, unicode, output before
 * an uncaught exception), and nothing else. Runs the real command in a child process.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PYTHON } from "./harness";

const repoRoot = join(import.meta.dirname, "..", "..", "..");
const corpus = join(repoRoot, "tests", "python-corpus", "programs");

const PROGRAMS = [
  "001_print_basics.py",
  "002_print_unicode.py",
  "033_repr_str.py",
  "083_uncaught_keyerror.py",
  "102_fstring_specs.py",
  "126_print_objects.py",
  "178_uncaught_multiline_output.py",
  "179_string_building.py",
];

interface Run {
  readonly stdout: string;
  readonly code: number;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: repoRoot, encoding: "utf8", timeout: 120_000, env: { ...process.env, PYTHONIOENCODING: "utf-8" } },
      (error, stdout) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ stdout, code: error ? (error.code as number) : 0 });
      },
    );
  });
}

describe("the CLI's --format stdout", () => {
  const cli = new Map<string, Run>();
  const cpython = new Map<string, Run>();

  beforeAll(async () => {
    await Promise.all(
      PROGRAMS.map(async (p) => {
        const file = join(corpus, p);
        const [a, b] = await Promise.all([
          run("npm", ["run", "-s", "scenario", "--", file, "--format", "stdout"]),
          run(PYTHON, [file]),
        ]);
        cli.set(p, a);
        cpython.set(p, b);
      }),
    );
  }, 300_000);

  for (const p of PROGRAMS) {
    it(`${p} prints what CPython prints`, () => {
      expect(cpython.get(p)!.stdout.length).toBeGreaterThan(0);
      expect(cli.get(p)!.stdout).toBe(cpython.get(p)!.stdout);
      // The run itself succeeded: an uncaught Python exception is not a CLI failure.
      expect(cli.get(p)!.code).toBe(0);
    });
  }
});

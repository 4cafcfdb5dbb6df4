/**
 * Running corpus programs under the CPython on the test machine, the reference the
 * engine's output is compared with.
 */
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";

/** The reference interpreter: `$PYTHON` if set, else `python3` on PATH. */
export const PYTHON = process.env.PYTHON ?? "python3";

/** What one CPython run of a program produced. */
export interface ReferenceRun {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 when the program ended normally, 1 when an exception went uncaught. */
  readonly exitCode: number;
  /** The last line of stderr when exitCode is not 0 (the uncaught exception), else null. */
  readonly errorLine: string | null;
}

// A fixed hash seed and UTF-8 output make CPython's side reproducible; the corpus
// must not depend on either, but a failure is easier to read when it is stable.
function referenceEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PYTHONHASHSEED: "0",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
  };
  for (const name of ["PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONHOME"]) delete env[name];
  return env;
}

/** The last non-empty line of a stream, without its line break. */
export function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

/**
 * Runs `file` with CPython. Resolves for any exit status; rejects only when CPython
 * could not be started, was killed, or ran past `timeoutMs`.
 */
export function runCPython(file: string, timeoutMs = 60_000): Promise<ReferenceRun> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      [file],
      { cwd: tmpdir(), env: referenceEnv(), encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : error.code;
        if (typeof exitCode !== "number") {
          const why = error?.killed ? `killed after ${timeoutMs} ms` : String(error?.message);
          reject(new Error(`${PYTHON} ${file}: ${why}`));
          return;
        }
        resolve({ stdout, stderr, exitCode, errorLine: exitCode === 0 ? null : lastLine(stderr) });
      },
    );
  });
}

/** Maps `items` through `fn` with at most `limit` calls in flight; keeps the order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

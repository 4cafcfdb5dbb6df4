// Speed of the Python engine next to CPython, measured in the same run, on the four
// workloads of the language issue (sources in bench/workloads/), plus the warm time
// to compile a 200-line handler file. Run with `npx tsx bench/python-speed.ts`.
//
// Both sides time the same thing: the call `run()`, after the workload file has been
// compiled and executed (so `run` is defined) in a fresh interpreter. CPython: timed
// inside the interpreter with time.perf_counter, one process per sample. Engine: a new
// interpreter per sample (createInterpreter, compileSource, execModule), the call timed
// from outside. One warm-up sample for the engine, then the median of ROUNDS on each
// side; the engine's whole-program time (runProgram: parse, compile, interpreter set-up,
// run, print) is shown beside it. Both print repr(run()), and a row says so when they
// disagree. The script finishes even when the engine fails to load, raises, or CPython
// is missing: the failure goes in the table.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Engine = typeof import("../src/python/index");

const ROUNDS = Number(process.env.ROUNDS ?? 31);
const PYTHON = process.env.PYTHON ?? "python3";
const workloadsDir = join(import.meta.dirname, "workloads");

const WORKLOADS: readonly { readonly name: string; readonly file: string }[] = [
  { name: "loop: 3M x total += i", file: "loop.py" },
  { name: "recursive fib(25)", file: "fib.py" },
  { name: "string building 200k", file: "strings.py" },
  { name: "dict get/set 500k", file: "dicts.py" },
];

/** One side's measurement: the median time and run()'s printed result, or why there is none. */
type Sample = { readonly ms: number; readonly result: string } | { readonly failure: string };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message.split("\n")[0]! : String(e);
}

// --- CPython ---------------------------------------------------------------------

const DRIVER = `
import sys, time
ns = {"__name__": "workload"}
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), ns)
start = time.perf_counter()
result = ns["run"]()
elapsed = time.perf_counter() - start
print(repr(result))
print(elapsed * 1000)
`;

function cpythonOnce(file: string): Promise<{ ms: number; result: string }> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ["-c", DRIVER, file], { encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(stderr.trim().split("\n").pop() || error.message));
        return;
      }
      const [result = "", ms = "NaN"] = stdout.trim().split("\n");
      resolve({ ms: Number(ms), result });
    });
  });
}

async function measureCPython(file: string): Promise<Sample> {
  try {
    const runs: { ms: number; result: string }[] = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(await cpythonOnce(file));
    return { ms: median(runs.map((r) => r.ms)), result: runs[0]!.result };
  } catch (e) {
    return { failure: `${PYTHON}: ${describeError(e)}` };
  }
}

// --- engine ----------------------------------------------------------------------

/** One sample of `run()` alone, as the CPython side times it. */
function engineRunOnce(engine: Engine, source: string, filename: string): { ms: number; result: string } {
  const rt = engine.createInterpreter({ filename, stdout: () => {}, stderr: () => {} });
  const compiled = engine.compileSource(source, filename);
  if (!compiled.ok) throw new Error(engine.formatDiagnostic(compiled.diagnostics[0]!, filename, source).trim());
  const run = engine.execModule(rt, compiled.code, "workload").$dict!.get("run");
  if (run === undefined) throw new Error("the workload defines no run()");
  const start = performance.now();
  const value = rt.call(run, []);
  const ms = performance.now() - start;
  return { ms, result: rt.repr(value) };
}

/** One sample of the whole program: runProgram on the workload plus `print(repr(run()))`. */
function engineProgramOnce(engine: Engine, source: string, filename: string): number {
  const start = performance.now();
  const run = engine.runProgram(`${source}\nprint(repr(run()))\n`, { filename });
  const ms = performance.now() - start;
  if (run.error) throw new Error(`${run.error.type}: ${run.error.message}`);
  return ms;
}

type EngineSample =
  { readonly ms: number; readonly programMs: number; readonly result: string } | { readonly failure: string };

function measureEngine(engine: Engine | Error, file: string): EngineSample {
  if (engine instanceof Error) return { failure: `engine did not load: ${engine.message}` };
  const source = readFileSync(file, "utf8");
  try {
    engineRunOnce(engine, source, file); // warm-up
    const runs = Array.from({ length: ROUNDS }, () => engineRunOnce(engine, source, file));
    engineProgramOnce(engine, source, file); // warm-up
    const programs = Array.from({ length: ROUNDS }, () => engineProgramOnce(engine, source, file));
    return { ms: median(runs.map((r) => r.ms)), programMs: median(programs), result: runs[0]!.result };
  } catch (e) {
    return { failure: `engine: ${describeError(e)}` };
  }
}

/** Warm median time of the engine's source-to-code compile of the 200-line file, or why not. */
function measureCompile(engine: Engine | Error): string {
  if (engine instanceof Error) return "n/a (engine did not load)";
  // Prefer a `compileModule(source)` export; the engine's `compileSource(source, filename)`
  // does the same job under another name.
  const exports = engine as unknown as Record<string, unknown>;
  const named = ["compileModule", "compileSource"].find((n) => typeof exports[n] === "function");
  if (named === undefined) return "n/a (no compileModule or compileSource export)";
  const compile = exports[named] as (source: string, filename: string) => unknown;
  const source = readFileSync(join(workloadsDir, "handler_200.py"), "utf8");
  try {
    const outcome = compile(source, "handler_200.py") as { ok?: boolean; diagnostics?: { message: string }[] };
    if (outcome?.ok === false) return `failed: ${outcome.diagnostics?.[0]?.message ?? "diagnostics"}`;
    for (let i = 0; i < 20; i++) compile(source, "handler_200.py");
    const samples = Array.from({ length: 50 }, () => {
      const start = performance.now();
      compile(source, "handler_200.py");
      return performance.now() - start;
    });
    const lines = source.split("\n").length - 1;
    return `${median(samples).toFixed(2)} ms (warm median of 50, ${lines} lines, via ${named})`;
  } catch (e) {
    return `failed: ${describeError(e)}`;
  }
}

// --- report ----------------------------------------------------------------------

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join("  ");
}

async function main(): Promise<void> {
  const engine = await import("../src/python/index").catch((e: unknown) => new Error(describeError(e)));
  const header = ["workload", "engine ms", "CPython ms", "engine/CPython", "engine program ms", "note"];
  const rows: string[][] = [];
  for (const w of WORKLOADS) {
    const file = join(workloadsDir, w.file);
    const cpython = await measureCPython(file);
    const ours = measureEngine(engine, file);
    const notes: string[] = [];
    if ("failure" in ours) notes.push(ours.failure);
    if ("failure" in cpython) notes.push(cpython.failure);
    if ("result" in ours && "result" in cpython && ours.result !== cpython.result) {
      notes.push(`results differ: engine ${ours.result.slice(0, 40)} vs CPython ${cpython.result.slice(0, 40)}`);
    }
    const ratio = "ms" in ours && "ms" in cpython ? `${(ours.ms / cpython.ms).toFixed(2)}x` : "-";
    rows.push([
      w.name,
      "ms" in ours ? ours.ms.toFixed(1) : "error",
      "ms" in cpython ? cpython.ms.toFixed(1) : "error",
      ratio,
      "programMs" in ours ? ours.programMs.toFixed(1) : "-",
      notes.join("; "),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(
    `node ${process.version}, ${PYTHON}; run() timed on both sides, median of ${ROUNDS} each (ratio > 1: the engine is slower)`,
  );
  console.log("engine program ms: the whole program through runProgram (parse, compile, set-up, run, print)");
  console.log(row(header, widths).trimEnd());
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(row(r, widths).trimEnd());
  console.log(`compile 200-line handler file: ${measureCompile(engine)}`);
}

await main();

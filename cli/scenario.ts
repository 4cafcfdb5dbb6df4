/**
 * Command-line runner: `npm run -s scenario -- FILE [--tornado 3.2|4.5|5.1|6.5]
 * [--format trace|console|json|stdout]`. Exit 0 when the scenario ran (even if its
 * code raised), 2 with a one-line message for a usage error. With `stdout`, stderr
 * gets what the code wrote there and, if it failed, its traceback.
 */
import { readFileSync, existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseScenario, isRelease, RELEASES, type Release } from "../src/scenario";
import { runScenario } from "../src/runtime";
import { toConformance, toConsole, type TraceEvent } from "../src/trace";
import { formatDiagnostic, type Diagnostic } from "../src/python";

const FORMATS = ["trace", "console", "json", "stdout"] as const;
type Format = (typeof FORMATS)[number];

function usage(message: string): never {
  process.stderr.write(`scenario: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let file: string | null = null;
  let release: string | null = null;
  let format: Format = "trace";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--tornado" || a === "--format") {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      if (a === "--tornado") {
        if (!isRelease(v)) usage(`unknown Tornado release '${v}' (known: ${RELEASES.join(", ")})`);
        release = v;
      } else {
        if (!(FORMATS as readonly string[]).includes(v)) usage(`unknown format '${v}' (known: ${FORMATS.join(", ")})`);
        format = v as Format;
      }
    } else if (a.startsWith("-")) usage(`unknown option '${a}'`);
    else if (file === null) file = a;
    else usage(`unexpected argument '${a}'`);
  }
  if (file === null) usage("no scenario file given (usage: scenario FILE [--tornado R] [--format F])");
  if (!existsSync(file)) usage(`no such file: ${file}`);
  const text = readFileSync(file, "utf8");
  const parsed = parseScenario(text);
  if (parsed.errors.length) usage(parsed.errors[0]!.message);
  // The flag overrides the file's `# tornado:` line for this run only; the text (and
  // so every line number) stays as written.
  const scenario = release ? { ...parsed.scenario, tornado: release as Release } : parsed.scenario;
  // The module is named after its file, as the reference harness compiles it; what a
  // plain program prints is compared with `python3 FILE`, which (since 3.9) knows its
  // main script by its absolute path (`__file__`, tracebacks, a coroutine's repr).
  const filename = format === "stdout" ? resolve(file) : basename(file);
  // What a plain program's logging writes is compared with python3's: its root logger
  // starts as python3's does, not as the reference harness sets it up.
  const out = runScenario(scenario, undefined, { filename, loggingRoot: format === "stdout" ? "python" : "harness" });
  switch (format) {
    case "trace":
      process.stdout.write(toConformance(out.events));
      break;
    case "console":
      process.stdout.write(toConsole(out.events, { release: scenario.tornado }));
      break;
    case "json":
      process.stdout.write(JSON.stringify(out.events, null, 1) + "\n");
      break;
    case "stdout":
      process.stdout.write(out.stdout);
      process.stderr.write(stderrOf(out.events, filename, text));
      break;
  }
}

/**
 * What goes to stderr beside `--format stdout`: what the code wrote to sys.stderr, and
 * how a program that failed ended (its traceback, as python3 prints it), in order.
 */
function stderrOf(events: readonly TraceEvent[], filename: string, source: string): string {
  let text = "";
  for (const e of events) {
    if (e.kind === "print" && e.stream === "stderr") text += e.text;
    else if (e.kind === "load-error" && e.traceback.length) text += `${e.traceback.join("\n")}\n`;
    else if (e.kind === "load-error") {
      // Code that does not compile: reported as python3 reports a SyntaxError, caret included.
      const col = e.col ?? 0;
      const d = { type: e.excType, message: e.message, line: e.line, col, endLine: e.line, endCol: col + 1 };
      text += formatDiagnostic(d as Diagnostic, filename, source);
    } else if (e.kind === "runaway") text += `${e.message}\n`;
  }
  return text;
}

main(process.argv.slice(2));

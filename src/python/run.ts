/**
 * Running Python source: parse, compile, and execute a module in an interpreter.
 * Errors are data: a compile problem is a Diagnostic, an uncaught exception is a
 * {@link PyErrorReport} with a CPython-style traceback.
 */
import { PyModule, None, type PyValue } from "./objects/core";
import { PyException, excType, isPyException, makeException, type TracebackEntry } from "./objects/exceptions";
import { Frame } from "./objects/functions";
import { PyList } from "./objects/containers";
import type { Diagnostic } from "./ast";
import { parse } from "./parse";
import { compileModule, type CompileMode } from "./compile";
import { Interpreter, type InterpreterOptions } from "./interp/interpreter";
import { makeHelpers } from "./interp/helpers";
import { ExecutionHalted } from "./interp/halt";
import { installBuiltins } from "./builtins";
import { suggestion } from "./interp/suggest";
import { caretLine } from "./interp/carets";

export interface PyErrorReport {
  readonly type: string;
  readonly message: string;
  /** The innermost line of the user's code, or null. */
  readonly line: number | null;
  /** The whole traceback as CPython prints it to stderr. */
  readonly traceback: string;
  /**
   * For an uncaught SystemExit (`sys.exit(...)`): the process's exit status. CPython
   * prints no traceback for it, only a code that is not an int or None (`traceback`
   * holds that line, or is empty); status 0 is a normal end.
   */
  readonly exitCode?: number;
}

/** The code function of compiled source: eval-mode code returns its expression's value. */
export type CompiledCode = (this: Frame) => PyValue | undefined;

export type CompileOutcome =
  | {
      readonly ok: true;
      readonly code: (rt: Interpreter, globals: Map<string, PyValue>, moduleName: string) => CompiledCode;
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Parse and compile (as a module, or for exec() or eval()); diagnostics are returned, not thrown. */
export function compileSource(source: string, filename: string, mode: CompileMode = "module"): CompileOutcome {
  const parsed = parse(source);
  if (parsed.diagnostics.length) return { ok: false, diagnostics: parsed.diagnostics };
  const compiled = compileModule(parsed.module, mode);
  if (!compiled.ok) return { ok: false, diagnostics: compiled.diagnostics };
  // The generated function's only free names are its four parameters.
  let factory: (rt: Interpreter, h: unknown, g: Map<string, PyValue>, file: string) => CompiledCode;
  try {
    factory = new Function("$rt", "$h", "$g", "$file", compiled.module.js) as typeof factory;
  } catch (e) {
    // Generated code that JS rejects is a bug of ours; the program gets a diagnostic, not a crash.
    const message = `internal compiler error: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, diagnostics: [{ line: 1, col: 1, endLine: 1, endCol: 2, type: "SyntaxError", message }] };
  }
  return {
    ok: true,
    code: (rt, globals, moduleName) => factory(rt, makeHelpers(rt, globals, moduleName), globals, filename),
  };
}

/** A new interpreter with the builtins installed. */
export function createInterpreter(options: InterpreterOptions = {}): Interpreter {
  const rt = new Interpreter(options);
  installBuiltins(rt);
  return rt;
}

/**
 * Run compiled code as module `name` (from `filename`, the program's own by default);
 * returns the module. Exceptions propagate.
 */
export function execModule(
  rt: Interpreter,
  code: CompiledOutcomeCode,
  name: string,
  filename: string = rt.filename,
): PyModule {
  const mod = new PyModule(name);
  const globals = mod.$dict!;
  // What CPython's modules start with besides __name__ (and __doc__, which the code sets).
  globals.set("__package__", name === "__main__" ? None : "");
  globals.set("__spec__", None);
  globals.set("__file__", filename);
  rt.modules.set(name, mod);
  const frame = new Frame("<module>", filename, 1);
  const fn = code(rt, globals, name);
  rt.pushFrame(frame);
  try {
    fn.call(frame);
  } catch (e) {
    throw rt.unwind(e, frame);
  } finally {
    rt.popFrame();
  }
  return mod;
}
type CompiledOutcomeCode = Extract<CompileOutcome, { ok: true }>["code"];

/**
 * Run code compiled for exec() or eval() in the namespace `globals`, in a frame of its
 * own (`<module>` in `filename`, as CPython's tracebacks show it); returns what
 * eval-mode code computed (undefined for exec). Exceptions propagate.
 */
export function runCode(
  rt: Interpreter,
  code: CompiledOutcomeCode,
  globals: Map<string, PyValue>,
  filename: string,
): PyValue | undefined {
  const name = globals.get("__name__");
  const fn = code(rt, globals, typeof name === "string" ? name : "builtins");
  const frame = new Frame("<module>", filename, 1);
  rt.pushFrame(frame);
  try {
    return fn.call(frame);
  } catch (e) {
    throw rt.unwind(e, frame);
  } finally {
    rt.popFrame();
  }
}

/** `str(e)` for a report; a `__str__` that raises gives CPython's placeholder instead. */
function exceptionText(rt: Interpreter, e: PyException): string {
  try {
    return rt.str(e);
  } catch (inner) {
    if (isPyException(inner)) return "<exception str() failed>";
    throw inner;
  }
}

/** Line `line` (1-based) of `source` as written, or null when there is no such line or it is blank. */
export function sourceLineOf(source: string, line: number): string | null {
  const text = source.split("\n")[line - 1];
  return text?.trim() ? text : null;
}

/** Format an exception as CPython prints an uncaught one. */
export function formatException(rt: Interpreter, e: PyException, source: string | null): string {
  const lines = source?.split("\n") ?? [];
  const chain: string[] = [];
  const cause = e.cause ?? (e.suppressContext ? null : e.context);
  if (cause) {
    chain.push(formatException(rt, cause, source));
    chain.push(
      e.cause
        ? "\nThe above exception was the direct cause of the following exception:\n\n"
        : "\nDuring handling of the above exception, another exception occurred:\n\n",
    );
  }
  let out = "";
  if (e.traceback.length) {
    out += "Traceback (most recent call last):\n" + formatEntries(rt, withNameSpan(e, lines), lines);
  }
  let msg = exceptionText(rt, e);
  const hint = suggestion(rt, e);
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  const typeName =
    e.$cls.module === "builtins" || e.$cls.module === "__main__"
      ? e.$cls.qualname
      : `${e.$cls.module}.${e.$cls.qualname}`;
  out += msg ? `${typeName}: ${msg}\n` : `${typeName}\n`;
  // Notes added with add_note() follow the exception's line.
  const notes = e.$dict?.get("__notes__");
  if (notes instanceof PyList) for (const n of notes.items) out += `${typeof n === "string" ? n : rt.str(n)}\n`;
  return chain.join("") + out;
}

/**
 * A NameError the engine raised marks the name on its line, as CPython's LOAD_NAME
 * position does: the first load of it (not an assignment target, not an attribute).
 */
function withNameSpan(e: PyException, lines: readonly string[]): readonly TracebackEntry[] {
  const name = e.$dict?.get("name");
  const last = e.traceback[e.traceback.length - 1];
  if (e.nameScope === null || typeof name !== "string" || !last) return e.traceback;
  const text = lines[last.line - 1] ?? "";
  const found = new RegExp(`(?<![\\w.])${name}(?!\\w)(?!\\s*=[^=])`, "u").exec(text);
  const span = found ? [last.line, found.index, last.line, found.index + name.length] : undefined;
  return [...e.traceback.slice(0, -1), { ...last, span }];
}

/** CPython prints a frame repeated more than this many times in a row once, then a count. */
const RECURSIVE_CUTOFF = 3;

/** The `File ..., line ..., in ...` lines of a traceback, with CPython's collapsing of repeats. */
function formatEntries(rt: Interpreter, entries: readonly TracebackEntry[], lines: readonly string[]): string {
  let out = "";
  let last: TracebackEntry | null = null;
  let count = 0;
  const flush = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const t of entries) {
    // Frames of the engine's Python-written stand-ins for CPython's C modules.
    if (t.file.startsWith("<native ")) continue;
    if (last === null || last.file !== t.file || last.line !== t.line || last.name !== t.name) {
      flush();
      last = t;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    const original = t.file === rt.filename ? lines[t.line - 1] : undefined;
    out += formatTracebackEntry(t, original ?? null, t.line < lines.length);
  }
  flush();
  return out;
}

/**
 * One frame of a traceback as CPython prints it: `  File "...", line N, in name`, its
 * source line (`original` as written; none when null or blank) and, where the entry
 * recorded its failing operation, 3.11's marker line under it.
 */
export function formatTracebackEntry(t: TracebackEntry, original: string | null, hasNewline: boolean): string {
  let out = `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
  const src = original?.trim();
  if (src) {
    out += `    ${src}\n`;
    if (t.span) out += caretLine(original!, hasNewline, t.span);
  }
  return out;
}

export interface RunResult {
  readonly stdout: string;
  /** What the program wrote to stderr itself (`sys.stderr`); tracebacks are in `error`. */
  readonly stderr: string;
  readonly error: PyErrorReport | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Steps the program took (loop iterations and calls): the same every run of the same program. */
  readonly steps: number;
}

/** A compile problem as CPython prints a SyntaxError: file and line, the source line, a caret. */
export function formatDiagnostic(d: Diagnostic, filename: string, source: string | null): string {
  let out = `  File "${filename}", line ${d.line}\n`;
  const text = source?.split("\n")[d.line - 1];
  if (text !== undefined && text.trim() !== "") {
    const indent = text.length - text.trimStart().length;
    // Diagnostic columns count from 0 (the worker adds 1 for the editor's markers).
    const start = Math.max(0, d.col - indent);
    const trimmed = text.trim();
    const width = d.endLine === d.line ? Math.max(1, Math.min(d.endCol - d.col, trimmed.length - start)) : 1;
    out += `    ${trimmed}\n    ${" ".repeat(start)}${"^".repeat(width)}\n`;
  }
  return out + `${d.type}: ${d.message}\n`;
}

/** Run a plain Python program and collect what it printed. */
export function runProgram(source: string, options: InterpreterOptions = {}): RunResult {
  let stdout = "";
  let stderr = "";
  const rt = createInterpreter({
    filename: "main.py",
    ...options,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  rt.hooks.formatException = (rt2, e) => formatException(rt2, e, source);
  rt.hooks.sourceLine = (rt2, file, line) => (file === rt2.filename ? sourceLineOf(source, line) : null);
  const compiled = compileSource(source, rt.filename);
  if (!compiled.ok) {
    const d = compiled.diagnostics[0]!;
    const traceback = formatDiagnostic(d, rt.filename, source);
    return {
      stdout,
      stderr,
      error: { type: d.type, message: d.message, line: d.line, traceback },
      diagnostics: compiled.diagnostics,
      steps: 0,
    };
  }
  try {
    execModule(rt, compiled.code, "__main__");
    finalizeAtExit(rt);
    return { stdout, stderr, error: null, diagnostics: [], steps: rt.steps };
  } catch (e) {
    const error = errorReport(rt, e, source);
    if (!(e instanceof ExecutionHalted)) finalizeAtExit(rt);
    // sys.exit(0) and sys.exit() end the program normally.
    return { stdout, stderr, error: error.exitCode === 0 ? null : error, diagnostics: [], steps: rt.steps };
  }
}

/**
 * What CPython does at interpreter shutdown that a program can see: the `__del__` of
 * every instance still alive runs (finalize.ts). Call it once, when a plain program
 * has ended (normally or by an uncaught exception); what it prints follows the output.
 */
export function finalizeAtExit(rt: Interpreter): void {
  try {
    rt.fin.finalizeAll(rt);
  } catch (e) {
    if (!(e instanceof ExecutionHalted) && !isPyException(e)) throw e;
  }
}

/** How CPython ends on an uncaught SystemExit: its code as the exit status, a non-int code printed. */
function exitReport(rt: Interpreter, e: PyException): PyErrorReport {
  const a = e.args.items;
  const code = a.length === 0 ? None : a.length === 1 ? a[0]! : e.args;
  const base = { type: e.$cls.name, message: rt.str(e), line: null };
  if (code === None) return { ...base, traceback: "", exitCode: 0 };
  if (typeof code === "boolean") return { ...base, traceback: "", exitCode: code ? 1 : 0 };
  if (typeof code === "number" || typeof code === "bigint") {
    // The status is the C int's low byte, as a shell sees it.
    return { ...base, traceback: "", exitCode: Number(BigInt.asUintN(8, BigInt(code))) };
  }
  return { ...base, traceback: rt.str(code) + "\n", exitCode: 1 };
}

/** Turn anything a run threw into a report (a Python exception, a halt, or a bug of ours). */
export function errorReport(rt: Interpreter, e: unknown, source: string | null): PyErrorReport {
  if (e instanceof ExecutionHalted) {
    // Not a Python exception (nothing could catch it), but shown like one, through the user's frames.
    const lines = source?.split("\n") ?? [];
    let traceback = e.frames.length ? "Traceback (most recent call last):\n" + formatEntries(rt, e.frames, lines) : "";
    traceback += `RuntimeError: ${e.message}\n`;
    return { type: "RuntimeError", message: e.message, line: e.line, traceback };
  }
  const err = isPyException(e)
    ? e
    : makeException("SystemError", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (rt.isInstance(err, excType("SystemExit"))) return exitReport(rt, err);
  const user = err.traceback.filter((t) => t.file === rt.filename);
  const message = exceptionText(rt, err);
  return {
    type: err.$cls.name,
    message,
    line: user.length ? user[user.length - 1]!.line : null,
    traceback: formatException(rt, err, source),
  };
}

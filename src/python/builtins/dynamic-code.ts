/**
 * `compile()`, `exec()` and `eval()`: Python source given at run time goes through the
 * same parser and compiler as the program (never the host's eval), and runs against
 * the namespaces given. The compiler passes the caller's globals and locals when a
 * call leaves them out (see `codecall` in interp/helpers.ts).
 *
 * Namespaces: code runs in a globals dict's own namespace (a plain dict is turned into
 * the live view of one, so the dict sees every assignment). With a separate locals
 * mapping, the code runs in a merged namespace and what it binds is written back to
 * the locals mapping, as CPython's exec stores into locals; functions it defines then
 * see that merged namespace as their globals (CPython's see the globals dict).
 */
import { None, PyObject, PyType, objectType, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyBytes, PyDict, dictType } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { adoptDict } from "../interp/live-dict";
import { getItem, setItem } from "../interp/subscript";
import { loadModule } from "../interp/imports";
import { compileSource, runCode, type CompileOutcome } from "../run";
import type { CompileMode } from "../compile";
import { fn, getter, methods, parseArgs } from "./registry";
import { syntaxError } from "./syntax-error";

type Compiled = Extract<CompileOutcome, { ok: true }>["code"];

/** A code object, as compile() returns it. */
export class PyCode extends PyObject {
  constructor(
    readonly code: Compiled,
    readonly mode: CompileMode,
    readonly filename: string,
  ) {
    super(codeType);
  }
}

export const codeType: PyType = new PyType("code", [objectType], { builtin: true });
methods(codeType, {
  __repr__: (rt, self) =>
    `<code object <module> at ${rt.addressOf(self)}, file "${(self as PyCode).filename}", line 1>`,
});
getter(codeType, "co_filename", (_rt, self) => (self as PyCode).filename);
getter(codeType, "co_name", () => "<module>");

/** The text of a source argument: str, or bytes-like as UTF-8. */
function sourceText(rt: Interpreter, fname: string, v: PyValue, allowCode: boolean): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  const what = allowCode ? "a string, bytes or code object" : "a string, bytes or AST object";
  throw rt.error("TypeError", `${fname}() arg 1 must be ${what}`);
}

/** Compile `source` or raise the SyntaxError CPython's compile() would. */
function compileText(rt: Interpreter, source: string, filename: string, mode: CompileMode): PyCode {
  // eval() ignores the spaces and tabs an expression starts with.
  const text = mode === "eval" ? source.replace(/^[ \t]+/, "") : source;
  if (text.includes("\0")) throw rt.error("SyntaxError", "source code string cannot contain null bytes");
  const outcome = compileSource(text, filename, mode);
  if (!outcome.ok) {
    const d = outcome.diagnostics[0]!;
    throw syntaxError(rt, d.type, d.message, filename, text, d.line, d.col);
  }
  return new PyCode(outcome.code, mode, filename);
}

/** The namespace Map code runs in, and how its bindings reach a separate locals mapping afterwards. */
function namespaceFor(
  rt: Interpreter,
  globals: PyDict,
  locals: PyValue,
): { ns: Map<string, PyValue>; done: () => void } {
  const g = adoptDict(rt.dictViews, globals);
  // CPython puts the builtins in a globals dict that has none (their dict; here the module).
  if (!g.has("__builtins__")) g.set("__builtins__", loadModule(rt, "builtins"));
  if (locals === None || locals === globals) return { ns: g, done: () => {} };
  const ns = new Map(g);
  const before = new Map<string, PyValue>();
  for (const k of rt.iterate(locals)) {
    if (typeof k !== "string") continue;
    const v = getItem(rt, locals, k);
    ns.set(k, v);
    before.set(k, v);
  }
  return {
    ns,
    done: () => {
      for (const [k, v] of ns) {
        const wasLocal = before.has(k);
        if ((wasLocal && before.get(k) !== v) || (!wasLocal && g.get(k) !== v)) setItem(rt, locals, k, v);
      }
    },
  };
}

function run(rt: Interpreter, fname: "eval" | "exec", args: PyValue[], kw: KwArgs | null): PyValue {
  const [source, globals = None, locals = None] = parseArgs(rt, fname, args, kw, ["source", "globals", "locals"], 1);
  if (globals !== None && !(globals instanceof PyDict && typeOf(globals).isSubtypeOf(dictType))) {
    const message =
      fname === "eval" && locals === None
        ? "globals must be a real dict; try eval(expr, {}, mapping)"
        : fname === "eval"
          ? "globals must be a dict"
          : `exec() globals must be a dict, not ${typeOf(globals).name}`;
    throw rt.error("TypeError", message);
  }
  if (locals !== None && typeOf(locals).lookup("__getitem__") === undefined) {
    throw rt.error("TypeError", `locals must be a mapping`);
  }
  const code =
    source instanceof PyCode
      ? source
      : compileText(rt, sourceText(rt, fname, source!, true), "<string>", fname === "eval" ? "eval" : "exec");
  // Called without the caller's namespaces (through a name that hid the builtin): the main module's.
  const g = globals instanceof PyDict ? globals : mainGlobals(rt);
  const { ns, done } = namespaceFor(rt, g, locals);
  try {
    const value = runCode(rt, code.code, ns, code.filename);
    return fname === "eval" && code.mode === "eval" ? (value ?? None) : None;
  } finally {
    done();
  }
}

function mainGlobals(rt: Interpreter): PyDict {
  const main = rt.modules.get("__main__");
  if (main === undefined) return new PyDict();
  return rt.getattr(main, "__dict__") as PyDict;
}

const MODES: Record<string, CompileMode> = { exec: "exec", eval: "eval", single: "exec" };

/** The builtins `eval`, `exec` and `compile`. */
export function codeBuiltins(): Record<string, PyValue> {
  return {
    eval: fn("eval", (rt, args, kw) => run(rt, "eval", args, kw)),
    exec: fn("exec", (rt, args, kw) => run(rt, "exec", args, kw)),
    compile: fn("compile", (rt, args, kw) => {
      const [source, filename, mode] = parseArgs(
        rt,
        "compile",
        args,
        kw,
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
        3,
      );
      if (typeof mode !== "string" || !Object.hasOwn(MODES, mode)) {
        throw rt.error("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
      }
      const name = filename instanceof PyBytes ? new TextDecoder().decode(filename.data) : rt.str(filename!);
      return compileText(rt, sourceText(rt, "compile", source!, false), name, MODES[mode]!);
    }),
  };
}

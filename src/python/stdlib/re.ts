/**
 * The `re` module: Python regular expressions on top of JavaScript's RegExp, with
 * Python's syntax and errors (re-parse.ts), its matching semantics (re-emit.ts,
 * re-engine.ts) and the Pattern/Match objects (re-objects.ts). str patterns only.
 */
import { PyModule, PyObject, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { PyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { defMethods, indexArg, makeModule, native, newClass } from "./util";
import { FLAG, RegexError, parsePattern } from "./re-parse";
import { UnsupportedPattern } from "./re-emit";
import { makeEngine } from "./re-engine";
import { makeReObjects, PatternObj } from "./re-objects";

const ESCAPED = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c");

/** Build the `re` module. */
export function reModule(_rt: Interpreter): PyModule {
  const errorType = newClass("error", "re", [_rt.excType("Exception")]);
  defMethods(errorType, {
    __init__: (rt, self, args, kw) => {
      const [msg, pattern, pos] = parseArgs(rt, "error", args, kw, ["msg", "pattern", "pos"], 1);
      const e = self as PyException;
      let text = rt.str(msg);
      let lineno: PyValue = None;
      let colno: PyValue = None;
      const pat = pattern ?? None;
      const p = pos ?? None;
      if (p !== None && typeof pat === "string") {
        const n = Number(p);
        const before = Array.from(pat).slice(0, n).join("");
        lineno = before.split("\n").length;
        const nl = before.lastIndexOf("\n");
        colno = nl < 0 ? n + 1 : Array.from(before.slice(nl)).length;
        text = `${text} at position ${n}`;
        if (pat.includes("\n")) text += ` (line ${lineno}, column ${colno})`;
      } else if (p !== None) text = `${text} at position ${rt.str(p)}`;
      e.args = new PyTuple([text]);
      const d = e.$dict!;
      d.set("msg", msg);
      d.set("pattern", pat);
      d.set("pos", p);
      d.set("lineno", lineno);
      d.set("colno", colno);
      return None;
    },
  });
  const reError = (rt: Interpreter, e: RegexError, pattern: string) =>
    rt.call(errorType, [e.msg, pattern, e.pos === null ? None : e.pos]);
  const kit = makeReObjects(reError);
  const cache = new Map<string, PatternObj>();

  const compile = (rt: Interpreter, pattern: PyValue, flagsv: PyValue): PatternObj => {
    const flags = flagsv === undefined ? 0 : Number(indexArg(rt, flagsv));
    if (pattern instanceof PatternObj) {
      if (flags) throw rt.error("ValueError", "cannot process flags argument with a compiled pattern");
      return pattern;
    }
    if (typeof pattern !== "string") {
      if (pattern instanceof PyObject && typeOf(pattern).name === "bytes") {
        throw rt.error("NotImplementedError", "bytes patterns are not supported");
      }
      throw rt.error("TypeError", "first argument must be string or compiled pattern");
    }
    const key = `${flags}\u0000${pattern}`;
    const hit = cache.get(key);
    if (hit) return hit;
    let compiled: PatternObj;
    try {
      const parsed = parsePattern(pattern, flags);
      compiled = new PatternObj(kit.patternType, pattern, parsed.flags, makeEngine(parsed));
    } catch (e) {
      if (e instanceof RegexError) throw reError(rt, e, pattern);
      if (e instanceof UnsupportedPattern) throw rt.error("NotImplementedError", e.msg);
      if (e instanceof SyntaxError)
        throw reError(rt, new RegexError(`unsupported pattern (${e.message})`, null), pattern);
      throw e;
    }
    if (cache.size >= 512) cache.clear();
    cache.set(key, compiled);
    return compiled;
  };

  /** A module function: compile `pattern` (with `flags`) and call the Pattern method. */
  const fn = (name: string, params: string[], required: number, method: string) =>
    native(name, (rt, args, kw) => {
      const vals = parseArgs(rt, name, args, kw, ["pattern", ...params, "flags"], required);
      const po = compile(rt, vals[0], vals[vals.length - 1]);
      const rest = vals.slice(1, -1);
      while (rest.length && rest[rest.length - 1] === undefined) rest.pop();
      return rt.callMethod(po, method, rest as PyValue[]);
    });

  const flags: Record<string, number> = {
    NOFLAG: 0,
    TEMPLATE: FLAG.TEMPLATE,
    T: FLAG.TEMPLATE,
    IGNORECASE: FLAG.IGNORECASE,
    I: FLAG.IGNORECASE,
    LOCALE: FLAG.LOCALE,
    L: FLAG.LOCALE,
    MULTILINE: FLAG.MULTILINE,
    M: FLAG.MULTILINE,
    DOTALL: FLAG.DOTALL,
    S: FLAG.DOTALL,
    UNICODE: FLAG.UNICODE,
    U: FLAG.UNICODE,
    VERBOSE: FLAG.VERBOSE,
    X: FLAG.VERBOSE,
    DEBUG: FLAG.DEBUG,
    ASCII: FLAG.ASCII,
    A: FLAG.ASCII,
  };

  return makeModule("re", {
    ...flags,
    error: errorType,
    Pattern: kit.patternType,
    Match: kit.matchType,
    compile: native("compile", (rt, args, kw: KwArgs | null) => {
      const [pattern, f] = parseArgs(rt, "compile", args, kw, ["pattern", "flags"], 1);
      return compile(rt, pattern, f);
    }),
    search: fn("search", ["string"], 2, "search"),
    match: fn("match", ["string"], 2, "match"),
    fullmatch: fn("fullmatch", ["string"], 2, "fullmatch"),
    findall: fn("findall", ["string"], 2, "findall"),
    finditer: fn("finditer", ["string"], 2, "finditer"),
    sub: fn("sub", ["repl", "string", "count"], 3, "sub"),
    subn: fn("subn", ["repl", "string", "count"], 3, "subn"),
    split: fn("split", ["string", "maxsplit"], 2, "split"),
    escape: native("escape", (rt, args, kw) => {
      const [p] = parseArgs(rt, "escape", args, kw, ["pattern"], 1);
      if (typeof p !== "string")
        throw rt.error("TypeError", `decoding to str: need a bytes-like object, ${typeOf(p).name} found`);
      let out = "";
      for (const ch of p) out += ESCAPED.has(ch) ? "\\" + ch : ch;
      return out;
    }),
    purge: native("purge", () => {
      cache.clear();
      return None;
    }),
  });
}

/**
 * The `json` module: dumps/dump, loads/load, JSONEncoder (subclassable, for
 * `default`), JSONDecoder and JSONDecodeError (a ValueError subclass).
 */
import { PyModule, PyType, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyBytes, PyTuple } from "../objects/containers";
import { PyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { decodeBytes } from "../builtins/types/codecs";
import { encode, type EncodeOptions } from "./json-encode";
import { decode, codePointPos, DecodeFailure, type DecodeOptions } from "./json-decode";
import { defMethods, makeModule, native, newClass } from "./util";

const DUMPS_KW = [
  "skipkeys",
  "ensure_ascii",
  "check_circular",
  "allow_nan",
  "cls",
  "indent",
  "separators",
  "default",
  "sort_keys",
];
const LOADS_KW = ["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"];

function opt(rt: Interpreter, v: PyValue, dflt: boolean): boolean {
  return v === undefined ? dflt : rt.truthy(v);
}

function encodeOptions(rt: Interpreter, vals: Record<string, PyValue>): EncodeOptions {
  const indentArg = vals.indent;
  let indent: string | null = null;
  if (indentArg !== undefined && indentArg !== None) {
    if (typeof indentArg === "string") indent = indentArg;
    else if (typeof indentArg === "number" || typeof indentArg === "boolean") indent = " ".repeat(Number(indentArg));
    else throw rt.error("TypeError", `can't multiply sequence by non-int of type '${typeOf(indentArg).name}'`);
  }
  let itemSeparator = indent === null ? ", " : ",";
  let keySeparator = ": ";
  const seps = vals.separators;
  if (seps !== undefined && seps !== None) {
    const parts = rt.toArray(seps);
    if (parts.length !== 2) {
      throw rt.error("ValueError", `too many values to unpack (expected 2)`);
    }
    itemSeparator = rt.str(parts[0]);
    keySeparator = rt.str(parts[1]);
  }
  return {
    skipkeys: opt(rt, vals.skipkeys, false),
    ensureAscii: opt(rt, vals.ensure_ascii, true),
    checkCircular: opt(rt, vals.check_circular, true),
    allowNan: opt(rt, vals.allow_nan, true),
    indent,
    itemSeparator,
    keySeparator,
    default: vals.default ?? None,
    sortKeys: opt(rt, vals.sort_keys, false),
  };
}

function kwRecord(
  kw: KwArgs | null,
  allowed: readonly string[],
  rt: Interpreter,
  fname: string,
): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  if (!kw) return out;
  kw.names.forEach((n, i) => {
    if (!allowed.includes(n)) throw rt.error("TypeError", `${fname}() got an unexpected keyword argument '${n}'`);
    out[n] = kw.values[i];
  });
  return out;
}

function withoutCls(kw: KwArgs | null): KwArgs | null {
  if (!kw) return null;
  const names: string[] = [];
  const values: PyValue[] = [];
  kw.names.forEach((n, i) => {
    if (n !== "cls") {
      names.push(n);
      values.push(kw.values[i]);
    }
  });
  return { names, values };
}

/** Build the `json` module (and its JSONDecodeError class) for one interpreter. */
export function jsonModule(rt: Interpreter): PyModule {
  const decodeError = newClass("JSONDecodeError", "json.decoder", [rt.excType("ValueError")]);
  defMethods(decodeError, {
    __init__: (rt, self, args, kw) => {
      const [msg, doc, pos] = parseArgs(rt, "JSONDecodeError", args, kw, ["msg", "doc", "pos"], 3);
      const text = typeof doc === "string" ? doc : rt.str(doc);
      const p = Number(pos);
      const before = Array.from(text).slice(0, p).join("");
      const lineno = before.split("\n").length;
      const lastNl = before.lastIndexOf("\n");
      const colno = lastNl < 0 ? p + 1 : Array.from(before.slice(lastNl)).length;
      const e = self as PyException;
      e.args = new PyTuple([`${rt.str(msg)}: line ${lineno} column ${colno} (char ${p})`]);
      const d = e.$dict!;
      d.set("msg", msg);
      d.set("doc", doc);
      d.set("pos", pos);
      d.set("lineno", lineno);
      d.set("colno", colno);
      return None;
    },
  });

  const docText = (rt: Interpreter, s: PyValue): string => {
    if (typeof s === "string") return s;
    if (s instanceof PyBytes) return decodeBytes(rt, s.data, "utf-8");
    throw rt.error("TypeError", `the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  };

  const loadsText = (rt: Interpreter, text: string, vals: Record<string, PyValue>): PyValue => {
    const o: DecodeOptions = {
      objectHook: vals.object_hook ?? None,
      objectPairsHook: vals.object_pairs_hook ?? None,
      parseFloat: vals.parse_float ?? None,
      parseInt: vals.parse_int ?? None,
      parseConstant: vals.parse_constant ?? None,
      strict: opt(rt, vals.strict, true),
    };
    try {
      return decode(rt, text, o);
    } catch (e) {
      if (e instanceof DecodeFailure) throw rt.call(decodeError, [e.msg, text, codePointPos(text, e.pos)]);
      throw e;
    }
  };

  const dumpsImpl = (rt: Interpreter, obj: PyValue, kw: KwArgs | null, fname: string): string => {
    const vals = kwRecord(kw, DUMPS_KW, rt, fname);
    if (vals.cls !== undefined && vals.cls !== None) {
      const enc = rt.call(vals.cls, [], withoutCls(kw));
      const r = rt.callMethod(enc, "encode", [obj]);
      return rt.str(r);
    }
    return encode(rt, obj, encodeOptions(rt, vals));
  };

  const encoder = newClass("JSONEncoder", "json.encoder");
  defMethods(encoder, {
    __init__: (rt, self, args, kw) => {
      if (args.length)
        throw rt.error(
          "TypeError",
          `JSONEncoder.__init__() takes 1 positional argument but ${args.length + 1} were given`,
        );
      const vals = kwRecord(
        kw,
        DUMPS_KW.filter((n) => n !== "cls"),
        rt,
        "JSONEncoder.__init__",
      );
      const d = (self as { $dict: Map<string, PyValue> }).$dict;
      const o = encodeOptions(rt, vals);
      d.set("skipkeys", o.skipkeys);
      d.set("ensure_ascii", o.ensureAscii);
      d.set("check_circular", o.checkCircular);
      d.set("allow_nan", o.allowNan);
      d.set("sort_keys", o.sortKeys);
      d.set("indent", vals.indent ?? None);
      d.set("item_separator", o.itemSeparator);
      d.set("key_separator", o.keySeparator);
      if (vals.default !== undefined && vals.default !== None) d.set("default", vals.default);
      return None;
    },
    default: (rt, _self, [o]) => {
      throw rt.error("TypeError", `Object of type ${typeOf(o).name} is not JSON serializable`);
    },
    encode: (rt, self, [o]) => {
      const get = (n: string) => rt.getattr(self, n);
      const indent = get("indent");
      return encode(rt, o, {
        skipkeys: rt.truthy(get("skipkeys")),
        ensureAscii: rt.truthy(get("ensure_ascii")),
        checkCircular: rt.truthy(get("check_circular")),
        allowNan: rt.truthy(get("allow_nan")),
        sortKeys: rt.truthy(get("sort_keys")),
        indent: indent === None ? null : typeof indent === "string" ? indent : " ".repeat(Number(indent)),
        itemSeparator: rt.str(get("item_separator")),
        keySeparator: rt.str(get("key_separator")),
        default: get("default"),
      });
    },
  });

  const decoder = newClass("JSONDecoder", "json.decoder");
  defMethods(decoder, {
    __init__: (rt, self, _args, kw) => {
      const vals = kwRecord(
        kw,
        LOADS_KW.filter((n) => n !== "cls"),
        rt,
        "JSONDecoder.__init__",
      );
      const d = (self as { $dict: Map<string, PyValue> }).$dict;
      for (const n of LOADS_KW.slice(1)) d.set(n, vals[n] ?? (n === "strict" ? true : None));
      return None;
    },
    decode: (rt, self, [s]) => {
      const vals: Record<string, PyValue> = {};
      for (const n of LOADS_KW.slice(1)) vals[n] = rt.getattr(self, n);
      return loadsText(rt, docText(rt, s), vals);
    },
  });

  const loads = (rt: Interpreter, s: PyValue, kw: KwArgs | null, fname: string): PyValue => {
    const vals = kwRecord(kw, LOADS_KW, rt, fname);
    if (vals.cls !== undefined && vals.cls !== None) {
      return rt.callMethod(rt.call(vals.cls, [], withoutCls(kw)), "decode", [docText(rt, s)]);
    }
    return loadsText(rt, docText(rt, s), vals);
  };

  return makeModule("json", {
    JSONDecodeError: decodeError,
    JSONEncoder: encoder,
    JSONDecoder: decoder,
    dumps: native("dumps", (rt, args, kw) => {
      if (args.length !== 1) throw argCount(rt, "dumps", args.length, 1, "obj");
      return dumpsImpl(rt, args[0], kw, "dumps");
    }),
    dump: native("dump", (rt, args, kw) => {
      if (args.length !== 2) throw argCount(rt, "dump", args.length, 2, args.length === 0 ? "obj" : "fp");
      rt.callMethod(args[1], "write", [dumpsImpl(rt, args[0], kw, "dump")]);
      return None;
    }),
    loads: native("loads", (rt, args, kw) => {
      if (args.length !== 1) throw argCount(rt, "loads", args.length, 1, "s");
      return loads(rt, args[0], kw, "loads");
    }),
    load: native("load", (rt, args, kw) => {
      if (args.length !== 1) throw argCount(rt, "load", args.length, 1, "fp");
      return loads(rt, rt.callMethod(args[0], "read", []), kw, "load");
    }),
  });
}

function argCount(rt: Interpreter, fname: string, given: number, want: number, missing: string): PyException {
  if (given < want) {
    const names = want === 2 && given === 0 ? "'obj' and 'fp'" : `'${missing}'`;
    const n = want - given;
    return rt.error("TypeError", `${fname}() missing ${n} required positional argument${n === 1 ? "" : "s"}: ${names}`);
  }
  return rt.error(
    "TypeError",
    `${fname}() takes ${want} positional argument${want === 1 ? "" : "s"} but ${given} were given`,
  );
}

export type { PyType };

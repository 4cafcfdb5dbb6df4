/**
 * The native methods of the builtin str type, with CPython 3.11's results and
 * messages. Positions are code points (see str-search.ts); the algorithms live in
 * str-search.ts, str-split.ts and str-unicode.ts, formatting in ../format.
 */
import { PyBox, PyBuiltin, NotImplemented, None, strType, typeOf, type PyValue } from "../../objects/core";
import { PyBytes, PyDict, PyList, PyTuple } from "../../objects/containers";
import { isPyException } from "../../objects/exceptions";
import { PyStaticMethod } from "../../objects/functions";
import { getItem } from "../../interp/subscript";
import { strRepr } from "../../interp/repr";
import type { Interpreter } from "../../interp/interpreter";
import { encodeStr } from "./codecs";
import {
  bindArgs,
  iterableItems,
  textMethod,
  NOARGS,
  ONE,
  DUNDER0,
  DUNDER1,
  VARARGS,
  range,
  tuple,
  kw,
  type Sig,
  type TextImpl,
} from "./text-args";
import { indexArg } from "./text-index";
import * as U from "./str-unicode";
import { cpLength, strFind, strRfind, strCount, strTailMatch, strReplace } from "./str-search";
import {
  splitWhitespace,
  rsplitWhitespace,
  splitSep,
  rsplitSep,
  splitLines,
  strStrip,
  expandTabs,
  strPad,
  strZfill,
} from "./str-split";
import { formatStr } from "../format/spec";
import { strFormat, strFormatMap } from "../format/strformat";
import { percentFormat } from "../format/percent";
import { argTypeName } from "../registry";

const isStr = (v: PyValue): v is string => typeof v === "string";

function def(name: string, sig: Sig, impl: TextImpl<string>): void {
  textMethod(strType, isStr, name, sig, impl);
}

/** A str argument, or TypeError `must be str, not int` (with an optional prefix). */
function strArg(rt: Interpreter, v: PyValue, prefix = ""): string {
  if (typeof v === "string") return v;
  // A prefix names the argument: CPython's argument-clinic message, which shows None as None.
  throw rt.error("TypeError", `${prefix}must be str, not ${prefix ? argTypeName(v) : typeOf(v).name}`);
}

function maxsplitArg(rt: Interpreter, v: PyValue): number {
  return v === undefined ? -1 : indexArg(rt, v);
}

function sepArg(rt: Interpreter, v: PyValue): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string") throw rt.error("TypeError", `must be str or None, not ${typeOf(v).name}`);
  if (v.length === 0) throw rt.error("ValueError", "empty separator");
  return v;
}

function fillArg(rt: Interpreter, v: PyValue): string {
  if (v === undefined) return " ";
  if (typeof v !== "string") {
    throw rt.error("TypeError", `The fill character must be a unicode character, not ${typeOf(v).name}`);
  }
  if (cpLength(v) !== 1) throw rt.error("TypeError", "The fill character must be exactly one character long");
  return v;
}

function stripArg(rt: Interpreter, name: string, v: PyValue): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string") throw rt.error("TypeError", `${name} arg must be None or str`);
  return v;
}

/** startswith/endswith: a str or a tuple of str. */
function tailMatch(rt: Interpreter, name: string, s: string, args: PyValue[], atEnd: boolean): boolean {
  const [prefix, start, end] = args;
  if (typeof prefix === "string") return strTailMatch(rt, s, prefix, start, end, atEnd);
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      if (typeof p !== "string") {
        throw rt.error("TypeError", `tuple for ${name} must only contain str, not ${typeOf(p).name}`);
      }
      if (strTailMatch(rt, s, p, start, end, atEnd)) return true;
    }
    return false;
  }
  throw rt.error("TypeError", `${name} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`);
}

/** `sep.join(iterable)`. */
export function strJoin(rt: Interpreter, sep: string, iterable: PyValue): string {
  const items =
    iterable instanceof PyList || iterable instanceof PyTuple
      ? iterable.items
      : iterableItems(rt, iterable, "can only join an iterable");
  let total = sep.length * Math.max(0, items.length - 1);
  let parts = items as string[];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === "string") {
      total += x.length;
      continue;
    }
    // A str subclass instance joins as its value (CPython never calls its __str__).
    if (!(x instanceof PyBox && typeof x.value === "string")) {
      throw rt.error("TypeError", `sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    }
    if (parts === items) parts = items.slice() as string[];
    parts[i] = x.value;
    total += x.value.length;
  }
  rt.checkLength(total);
  return parts.join(sep);
}

function isLookupError(rt: Interpreter, e: unknown): boolean {
  return isPyException(e) && rt.isInstance(e, rt.excType("LookupError"));
}

/** `s.translate(table)`: table[ord(c)] is a str, an int, None (delete), or missing (keep). */
function translate(rt: Interpreter, s: string, table: PyValue): string {
  let out = "";
  const cache = new Map<number, string>();
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let mapped = cache.get(c);
    if (mapped === undefined) {
      let v: PyValue;
      try {
        v = table instanceof PyDict && table.$cls.isBuiltin ? rt.dictGet(table, c) : getItem(rt, table, c);
      } catch (e) {
        if (!isLookupError(rt, e)) throw e;
        v = undefined;
      }
      if (v === undefined) mapped = ch;
      else if (v === None) mapped = "";
      else if (typeof v === "string") mapped = v;
      else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
        const n = Number(v);
        if (n < 0 || n > 0x10ffff) throw rt.error("ValueError", "character mapping must be in range(0x110000)");
        mapped = String.fromCodePoint(n);
      } else throw rt.error("TypeError", "character mapping must return integer, None or str");
      cache.set(c, mapped);
    }
    out += mapped;
  }
  return out;
}

/** `str.maketrans(x[, y[, z]])`. */
function maketrans(rt: Interpreter, args: PyValue[]): PyDict {
  const [x, y, z] = args;
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) {
      throw rt.error("TypeError", "if you give only one argument to maketrans it must be a dict");
    }
    for (const e of x.table.map.values()) {
      let k = e.key;
      if (typeof k === "string") {
        if (cpLength(k) !== 1) throw rt.error("ValueError", "string keys in translate table must be of length 1");
        k = k.codePointAt(0)!;
      } else if (typeof k !== "number" && typeof k !== "bigint" && typeof k !== "boolean") {
        throw rt.error("TypeError", "keys in translate table must be strings or integers");
      }
      rt.dictSet(d, typeof k === "boolean" ? Number(k) : k, e.value);
    }
    return d;
  }
  if (typeof x !== "string") {
    throw rt.error("TypeError", "first maketrans argument must be a string if there is a second argument");
  }
  const to = strArg(rt, y, "maketrans() argument 2 ");
  const from = Array.from(x);
  const dest = Array.from(to);
  if (from.length !== dest.length) {
    throw rt.error("ValueError", "the first two maketrans arguments must have equal length");
  }
  from.forEach((ch, i) => rt.dictSet(d, ch.codePointAt(0)!, dest[i]!.codePointAt(0)!));
  if (z !== undefined) {
    for (const ch of strArg(rt, z, "maketrans() argument 3 ")) rt.dictSet(d, ch.codePointAt(0)!, None);
  }
  return d;
}

/** Code point order, which differs from UTF-16 order for astral characters. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (!U.hasSurrogates(a) && !U.hasSurrogates(b)) return a < b ? -1 : 1;
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
  }
  return x.length - y.length;
}

// --- case and classification ------------------------------------------------------

const unary: Record<string, (s: string) => PyValue> = {
  upper: U.strUpper,
  lower: U.strLower,
  casefold: U.strCasefold,
  swapcase: U.strSwapcase,
  capitalize: U.strCapitalize,
  title: U.strTitle,
  isalpha: U.strIsAlpha,
  isalnum: U.strIsAlnum,
  isdecimal: U.strIsDecimal,
  isdigit: U.strIsDigit,
  isnumeric: U.strIsNumeric,
  isspace: U.strIsSpace,
  isprintable: U.strIsPrintable,
  isidentifier: U.strIsIdentifier,
  islower: U.strIsLower,
  isupper: U.strIsUpper,
  istitle: U.strIsTitle,
  isascii: (s) => /^\p{ASCII}*$/u.test(s),
};
for (const [name, f] of Object.entries(unary)) def(name, NOARGS, (_rt, s) => f(s));

// --- searching ----------------------------------------------------------------------

def("find", tuple(1, 3), (rt, s, [sub, a, b]) => strFind(rt, s, strArg(rt, sub), a, b));
def("rfind", tuple(1, 3), (rt, s, [sub, a, b]) => strRfind(rt, s, strArg(rt, sub), a, b));
def("index", tuple(1, 3), (rt, s, [sub, a, b]) => {
  const i = strFind(rt, s, strArg(rt, sub), a, b);
  if (i < 0) throw rt.error("ValueError", "substring not found");
  return i;
});
def("rindex", tuple(1, 3), (rt, s, [sub, a, b]) => {
  const i = strRfind(rt, s, strArg(rt, sub), a, b);
  if (i < 0) throw rt.error("ValueError", "substring not found");
  return i;
});
def("count", tuple(1, 3), (rt, s, [sub, a, b]) => strCount(rt, s, strArg(rt, sub), a, b));
def("startswith", tuple(1, 3), (rt, s, args) => tailMatch(rt, "startswith", s, args, false));
def("endswith", tuple(1, 3), (rt, s, args) => tailMatch(rt, "endswith", s, args, true));
def("replace", range(2, 3), (rt, s, [old, rep, count]) => {
  const o = strArg(rt, old, "replace() argument 1 ");
  const r = strArg(rt, rep, "replace() argument 2 ");
  return strReplace(rt, s, o, r, count === undefined ? -1 : indexArg(rt, count));
});
def("removeprefix", ONE, (rt, s, [p]) => {
  const prefix = strArg(rt, p, "removeprefix() argument ");
  return prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s;
});
def("removesuffix", ONE, (rt, s, [p]) => {
  const suffix = strArg(rt, p, "removesuffix() argument ");
  return suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
});

// --- splitting and joining ---------------------------------------------------------------

const SPLIT = kw(["sep", "maxsplit"]);
def("split", SPLIT, (rt, s, [sep, max]) => {
  const sp = sepArg(rt, sep);
  const m = maxsplitArg(rt, max);
  return rt.list(sp === null ? splitWhitespace(s, m) : splitSep(s, sp, m));
});
def("rsplit", SPLIT, (rt, s, [sep, max]) => {
  const sp = sepArg(rt, sep);
  const m = maxsplitArg(rt, max);
  return rt.list(sp === null ? rsplitWhitespace(s, m) : rsplitSep(s, sp, m));
});
def("splitlines", kw(["keepends"]), (rt, s, [keep]) =>
  rt.list(splitLines(s, keep !== undefined && indexArg(rt, keep) !== 0)),
);
def("partition", ONE, (rt, s, [sep]) => {
  const p = strArg(rt, sep);
  if (!p) throw rt.error("ValueError", "empty separator");
  const i = s.indexOf(p);
  return new PyTuple(i < 0 ? [s, "", ""] : [s.slice(0, i), p, s.slice(i + p.length)]);
});
def("rpartition", ONE, (rt, s, [sep]) => {
  const p = strArg(rt, sep);
  if (!p) throw rt.error("ValueError", "empty separator");
  const i = s.lastIndexOf(p);
  return new PyTuple(i < 0 ? ["", "", s] : [s.slice(0, i), p, s.slice(i + p.length)]);
});
def("join", ONE, (rt, s, [it]) => strJoin(rt, s, it));

// --- stripping and padding ----------------------------------------------------------------

def("strip", range(0, 1), (rt, s, [c]) => strStrip(s, stripArg(rt, "strip", c), true, true));
def("lstrip", range(0, 1), (rt, s, [c]) => strStrip(s, stripArg(rt, "lstrip", c), true, false));
def("rstrip", range(0, 1), (rt, s, [c]) => strStrip(s, stripArg(rt, "rstrip", c), false, true));
def("center", range(1, 2), (rt, s, [w, f]) => strPad(rt, s, indexArg(rt, w), fillArg(rt, f), "^"));
def("ljust", range(1, 2), (rt, s, [w, f]) => strPad(rt, s, indexArg(rt, w), fillArg(rt, f), "<"));
def("rjust", range(1, 2), (rt, s, [w, f]) => strPad(rt, s, indexArg(rt, w), fillArg(rt, f), ">"));
def("zfill", ONE, (rt, s, [w]) => strZfill(rt, s, indexArg(rt, w)));
def("expandtabs", kw(["tabsize"]), (rt, s, [t]) => expandTabs(rt, s, t === undefined ? 8 : indexArg(rt, t)));

// --- conversion and formatting ----------------------------------------------------------------

def("encode", kw(["encoding", "errors"]), (rt, s, [enc, errs]) => {
  if (enc !== undefined && typeof enc !== "string") {
    throw rt.error("TypeError", `encode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  }
  if (errs !== undefined && typeof errs !== "string") {
    throw rt.error("TypeError", `encode() argument 'errors' must be str, not ${argTypeName(errs)}`);
  }
  return new PyBytes(encodeStr(rt, s, enc ?? "utf-8", errs ?? "strict"));
});
def("translate", ONE, (rt, s, [table]) => translate(rt, s, table));
strType.dict.set(
  "maketrans",
  new PyStaticMethod(
    new PyBuiltin(
      "maketrans",
      (rt, args, kwargs) => {
        const r = rt as Interpreter;
        return maketrans(r, bindArgs(r, "str", "maketrans", range(1, 3), args, kwargs));
      },
      "str.maketrans",
    ),
  ),
);
def("format", VARARGS, (rt, s, args, kwargs) => strFormat(rt, s, args, kwargs));
def("format_map", ONE, (rt, s, [mapping]) => strFormatMap(rt, s, mapping));
def("__format__", ONE, (rt, s, [spec]) => {
  if (typeof spec !== "string") {
    throw rt.error("TypeError", `__format__() argument must be str, not ${argTypeName(spec)}`);
  }
  return formatStr(rt, s, spec);
});

// --- dunders: what operators do, reachable by explicit calls -------------------------------------

def("__len__", DUNDER0, (_rt, s) => cpLength(s));
def("__contains__", DUNDER1, (rt, s, [x]) => rt.contains(s, x));
def("__getitem__", DUNDER1, (rt, s, [k]) => getItem(rt, s, k));
def("__iter__", DUNDER0, (rt, s) => rt.iter(s));
def("__hash__", DUNDER0, (rt, s) => rt.hash(s));
def("__repr__", DUNDER0, (_rt, s) => strRepr(s));
def("__str__", DUNDER0, (_rt, s) => s);
def("__add__", DUNDER1, (rt, s, [o]) => {
  if (typeof o !== "string") throw rt.error("TypeError", `can only concatenate str (not "${typeOf(o).name}") to str`);
  return s + o;
});
def("__mul__", DUNDER1, (rt, s, [n]) => rt.repeatStr(s, indexArg(rt, n)));
def("__rmul__", DUNDER1, (rt, s, [n]) => rt.repeatStr(s, indexArg(rt, n)));
def("__mod__", DUNDER1, (rt, s, [args]) => percentFormat(rt, s, args));
def("__rmod__", DUNDER1, (rt, s, [o]) => (typeof o === "string" ? percentFormat(rt, o, s) : NotImplemented));
const order: Record<string, (c: number) => boolean> = {
  __eq__: (c) => c === 0,
  __ne__: (c) => c !== 0,
  __lt__: (c) => c < 0,
  __le__: (c) => c <= 0,
  __gt__: (c) => c > 0,
  __ge__: (c) => c >= 0,
};
for (const [name, test] of Object.entries(order)) {
  def(name, DUNDER1, (_rt, s, [o]) => (typeof o === "string" ? test(strCompare(s, o)) : NotImplemented));
}

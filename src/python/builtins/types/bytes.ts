/**
 * The native methods of bytes and bytearray, with CPython 3.11's results and
 * messages. Both types get the shared methods (each checks its own receiver, as
 * CPython's descriptors do); bytearray adds the mutators. Results of the shared
 * methods have the receiver's type. The algorithms live in bytes-ops.ts, the
 * bytearray mutators in bytes-mutators.ts.
 */
import { PyBuiltin, NotImplemented, None, typeOf, type PyValue } from "../../objects/core";
import { PyBytes, PyList, PyTuple, bytesType, bytearrayType } from "../../objects/containers";
import { bufferBytes } from "./memoryview";
import { PyClassMethod, PyStaticMethod } from "../../objects/functions";
import { getItem } from "../../interp/subscript";
import { builtinRepr } from "../../interp/repr";
import type { Interpreter } from "../../interp/interpreter";
import { decodeBytes } from "./codecs";
import {
  bindArgs,
  iterableItems,
  textMethod,
  NOARGS,
  ONE,
  DUNDER0,
  DUNDER1,
  range,
  tuple,
  kw,
  type Sig,
} from "./text-args";
import { adjustIndices, indexArg } from "./text-index";
import * as B from "./bytes-ops";
import { hexWithSep } from "./bytes-hex";
import { isBytes, isBytearray, resultType, make, bytesArg, byteValue, subArg, optBytes, repeat } from "./bytes-args";
import { percentFormatBytes } from "../format/percent";
import { argTypeName } from "../registry";
// The bytearray-only methods register themselves.
import "./bytes-mutators";

type Impl = (rt: Interpreter, self: PyBytes, args: PyValue[]) => PyValue;

/** Define a method on both bytes and bytearray. */
function def(name: string, sig: Sig, impl: Impl): void {
  textMethod(bytesType, isBytes, name, sig, impl);
  textMethod(bytearrayType, isBytearray, name, sig, impl);
}

function find(rt: Interpreter, d: Uint8Array, args: PyValue[], last: boolean): number {
  const [sub, a, b] = args;
  const needle = subArg(rt, sub);
  const [start, end] = adjustIndices(rt, a, b, d.length);
  if (end - start < needle.length) return -1;
  return last ? B.bytesLastIndexOf(d, needle, start, end) : B.bytesIndexOf(d, needle, start, end);
}

function tailMatch(rt: Interpreter, name: string, d: Uint8Array, args: PyValue[], atEnd: boolean): boolean {
  const [prefix, a, b] = args;
  const one = (p: Uint8Array): boolean => {
    const [start, end] = adjustIndices(rt, a, b, d.length);
    if (end - start < p.length) return false;
    const at = atEnd ? end - p.length : start;
    return B.bytesEqual(d.subarray(at, at + p.length), p);
  };
  if (prefix instanceof PyBytes) return one(prefix.data);
  if (prefix instanceof PyTuple) return prefix.items.some((p) => one(bytesArg(rt, p)));
  throw rt.error("TypeError", `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(prefix).name}`);
}

function fillArg(rt: Interpreter, name: string, v: PyValue): number {
  if (v === undefined) return 0x20;
  if (v instanceof PyBytes && v.data.length === 1) return v.data[0]!;
  throw rt.error("TypeError", `${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
}

function sepArg(rt: Interpreter, v: PyValue): Uint8Array | null {
  const sep = optBytes(rt, v);
  if (sep !== null && sep.length === 0) throw rt.error("ValueError", "empty separator");
  return sep;
}

function join(rt: Interpreter, self: PyBytes, iterable: PyValue): PyBytes {
  const items =
    iterable instanceof PyList || iterable instanceof PyTuple
      ? iterable.items
      : iterableItems(rt, iterable, "can only join an iterable");
  const parts: Uint8Array[] = [];
  items.forEach((x, i) => {
    const data = bufferBytes(x);
    if (data === undefined) {
      throw rt.error("TypeError", `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
    }
    if (i > 0) parts.push(self.data);
    parts.push(data);
  });
  return make(self, B.concat(parts));
}

function translate(rt: Interpreter, self: PyBytes, table: PyValue, del: PyValue): PyBytes {
  let map: Uint8Array | null = null;
  if (table !== None) {
    map = bytesArg(rt, table);
    if (map.length !== 256) throw rt.error("ValueError", "translation table must be 256 characters long");
  }
  const drop = del === undefined ? null : bytesArg(rt, del);
  const out: number[] = [];
  for (const b of self.data) if (!drop || !drop.includes(b)) out.push(map ? map[b]! : b);
  return make(self, Uint8Array.from(out));
}

const list = (rt: Interpreter, self: PyBytes, parts: Uint8Array[]) => rt.list(parts.map((p) => make(self, p)));

// --- shared methods ----------------------------------------------------------------

const unary: Record<string, (d: Uint8Array) => Uint8Array> = {
  lower: B.lower,
  upper: B.upper,
  swapcase: B.swapcase,
  capitalize: B.capitalize,
  title: B.title,
};
for (const [name, f] of Object.entries(unary)) def(name, NOARGS, (_rt, self) => make(self, f(self.data)));
const predicates: Record<string, (d: Uint8Array) => boolean> = {
  isalpha: B.isAlpha,
  isalnum: B.isAlnum,
  isdigit: B.isDigit,
  isspace: B.isSpace,
  islower: B.isLower,
  isupper: B.isUpper,
  istitle: B.isTitle,
  isascii: B.isAscii,
};
for (const [name, f] of Object.entries(predicates)) def(name, NOARGS, (_rt, self) => f(self.data));

def("find", tuple(1, 3), (rt, self, args) => find(rt, self.data, args, false));
def("rfind", tuple(1, 3), (rt, self, args) => find(rt, self.data, args, true));
def("index", tuple(1, 3), (rt, self, args) => {
  const i = find(rt, self.data, args, false);
  if (i < 0) throw rt.error("ValueError", "subsection not found");
  return i;
});
def("rindex", tuple(1, 3), (rt, self, args) => {
  const i = find(rt, self.data, args, true);
  if (i < 0) throw rt.error("ValueError", "subsection not found");
  return i;
});
def("count", tuple(1, 3), (rt, self, [sub, a, b]) => {
  const needle = subArg(rt, sub);
  const [start, end] = adjustIndices(rt, a, b, self.data.length);
  return end - start < needle.length ? 0 : B.bytesCount(self.data, needle, start, end);
});
def("startswith", tuple(1, 3), (rt, self, args) => tailMatch(rt, "startswith", self.data, args, false));
def("endswith", tuple(1, 3), (rt, self, args) => tailMatch(rt, "endswith", self.data, args, true));
def("replace", range(2, 3), (rt, self, [old, rep, count]) => {
  const o = bytesArg(rt, old);
  const r = bytesArg(rt, rep);
  const n = count === undefined ? -1 : indexArg(rt, count);
  return make(self, B.replace(self.data, o, r, n));
});
def("removeprefix", ONE, (rt, self, [p]) => {
  const prefix = bytesArg(rt, p);
  const d = self.data;
  const has = prefix.length <= d.length && B.bytesEqual(d.subarray(0, prefix.length), prefix);
  return make(self, has ? d.slice(prefix.length) : d.slice());
});
def("removesuffix", ONE, (rt, self, [p]) => {
  const suffix = bytesArg(rt, p);
  const d = self.data;
  const has =
    suffix.length > 0 && suffix.length <= d.length && B.bytesEqual(d.subarray(d.length - suffix.length), suffix);
  return make(self, has ? d.slice(0, d.length - suffix.length) : d.slice());
});

const SPLIT = kw(["sep", "maxsplit"]);
def("split", SPLIT, (rt, self, [sep, max]) => {
  const s = sepArg(rt, sep);
  const m = max === undefined ? -1 : indexArg(rt, max);
  return list(rt, self, s === null ? B.splitWhitespace(self.data, m) : B.splitSep(self.data, s, m));
});
def("rsplit", SPLIT, (rt, self, [sep, max]) => {
  const s = sepArg(rt, sep);
  const m = max === undefined ? -1 : indexArg(rt, max);
  return list(rt, self, s === null ? B.rsplitWhitespace(self.data, m) : B.rsplitSep(self.data, s, m));
});
def("splitlines", kw(["keepends"]), (rt, self, [keep]) =>
  list(rt, self, B.splitLines(self.data, keep !== undefined && indexArg(rt, keep) !== 0)),
);
def("partition", ONE, (rt, self, [sep]) => {
  const s = sepArg(rt, sep)!;
  const d = self.data;
  const i = B.bytesIndexOf(d, s);
  const parts = i < 0 ? [d, new Uint8Array(0), new Uint8Array(0)] : [d.slice(0, i), s, d.slice(i + s.length)];
  return new PyTuple(parts.map((p) => make(self, p.slice())));
});
def("rpartition", ONE, (rt, self, [sep]) => {
  const s = sepArg(rt, sep)!;
  const d = self.data;
  const i = B.bytesLastIndexOf(d, s);
  const parts = i < 0 ? [new Uint8Array(0), new Uint8Array(0), d] : [d.slice(0, i), s, d.slice(i + s.length)];
  return new PyTuple(parts.map((p) => make(self, p.slice())));
});
def("join", ONE, (rt, self, [it]) => join(rt, self, it));
def("strip", range(0, 1), (rt, self, [c]) => make(self, B.strip(self.data, optBytes(rt, c), true, true)));
def("lstrip", range(0, 1), (rt, self, [c]) => make(self, B.strip(self.data, optBytes(rt, c), true, false)));
def("rstrip", range(0, 1), (rt, self, [c]) => make(self, B.strip(self.data, optBytes(rt, c), false, true)));

function padMethod(name: string, how: "<" | ">" | "^"): void {
  def(name, range(1, 2), (rt, self, [w, f]) => {
    const width = indexArg(rt, w);
    const fill = fillArg(rt, name, f);
    rt.checkLength(width);
    return make(self, B.pad(self.data, width, fill, how));
  });
}
padMethod("center", "^");
padMethod("ljust", "<");
padMethod("rjust", ">");
def("zfill", ONE, (rt, self, [w]) => {
  const width = indexArg(rt, w);
  rt.checkLength(width);
  return make(self, B.zfill(self.data, width));
});
def("expandtabs", kw(["tabsize"]), (rt, self, [t]) =>
  make(self, B.expandTabs(self.data, t === undefined ? 8 : indexArg(rt, t))),
);
def("decode", kw(["encoding", "errors"]), (rt, self, [enc, errs]) => {
  if (enc !== undefined && typeof enc !== "string") {
    throw rt.error("TypeError", `decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  }
  if (errs !== undefined && typeof errs !== "string") {
    throw rt.error("TypeError", `decode() argument 'errors' must be str, not ${argTypeName(errs)}`);
  }
  return decodeBytes(rt, self.data, enc ?? "utf-8", errs ?? "strict");
});
def("hex", kw(["sep", "bytes_per_sep"]), (rt, self, [sep, per]) => hexWithSep(rt, self.data, sep, per));
def("translate", kw(["table", "delete"], 1, 1), (rt, self, [table, del]) => translate(rt, self, table, del));

for (const type of [bytesType, bytearrayType]) {
  type.dict.set(
    "fromhex",
    new PyClassMethod(
      new PyBuiltin(
        "fromhex",
        (rt0, args, kwargs) => {
          const rt = rt0 as Interpreter;
          const [cls, ...rest] = args;
          const [s] = bindArgs(rt, type.name, "fromhex", ONE, rest, kwargs);
          if (typeof s !== "string") {
            throw rt.error("TypeError", `fromhex() argument must be str, not ${argTypeName(s)}`);
          }
          const r = B.fromHex(s);
          if (typeof r === "number") {
            throw rt.error("ValueError", `non-hexadecimal number found in fromhex() arg at position ${r}`);
          }
          const data = new PyBytes(r, type);
          return cls === type ? data : rt.call(cls, [data]);
        },
        `${type.name}.fromhex`,
      ),
    ),
  );
  type.dict.set(
    "maketrans",
    new PyStaticMethod(
      new PyBuiltin(
        "maketrans",
        (rt0, args, kwargs) => {
          const rt = rt0 as Interpreter;
          const [frm, to] = bindArgs(rt, type.name, "maketrans", range(2, 2), args, kwargs);
          const a = bytesArg(rt, frm);
          const b = bytesArg(rt, to);
          if (a.length !== b.length) throw rt.error("ValueError", "maketrans arguments must have same length");
          const table = Uint8Array.from({ length: 256 }, (_, i) => i);
          a.forEach((x, i) => (table[x] = b[i]!));
          return new PyBytes(table, bytesType);
        },
        `${type.name}.maketrans`,
      ),
    ),
  );
}

// --- dunders ------------------------------------------------------------------------------

function contains(rt: Interpreter, d: Uint8Array, x: PyValue): boolean {
  if (x instanceof PyBytes) return B.bytesIndexOf(d, x.data) >= 0;
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return d.includes(byteValue(rt, x));
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(x).name}'`);
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

def("__len__", DUNDER0, (_rt, self) => self.data.length);
def("__contains__", DUNDER1, (rt, self, [x]) => contains(rt, self.data, x));
def("__getitem__", DUNDER1, (rt, self, [k]) => getItem(rt, self, k));
def("__iter__", DUNDER0, (rt, self) => rt.iter(self));
// builtinRepr, not rt.repr: rt.repr would find these very methods and recurse.
def("__repr__", DUNDER0, (rt, self) => builtinRepr(rt, self));
def("__str__", DUNDER0, (rt, self) => builtinRepr(rt, self));
def("__add__", DUNDER1, (rt, self, [o]) => {
  if (!(o instanceof PyBytes))
    throw rt.error("TypeError", `can't concat ${typeOf(o).name} to ${resultType(self).name}`);
  return make(self, B.concat([self.data, o.data]));
});
def("__mul__", DUNDER1, (rt, self, [n]) => repeat(rt, self, n));
def("__rmul__", DUNDER1, (rt, self, [n]) => repeat(rt, self, n));
def("__mod__", DUNDER1, (rt, self, [args]) => percentFormatBytes(rt, self, args));
def("__rmod__", DUNDER1, () => NotImplemented);
const order: Record<string, (c: number) => boolean> = {
  __eq__: (c) => c === 0,
  __ne__: (c) => c !== 0,
  __lt__: (c) => c < 0,
  __le__: (c) => c <= 0,
  __gt__: (c) => c > 0,
  __ge__: (c) => c >= 0,
};
for (const [name, test] of Object.entries(order)) {
  // bytes compares only with bytes; bytearray with any bytes-like object.
  const cmp = (self: PyBytes, o: PyValue) =>
    o instanceof PyBytes && (isBytearray(self) || isBytes(o)) ? test(compare(self.data, o.data)) : NotImplemented;
  def(name, DUNDER1, (_rt, self, [o]) => cmp(self, o));
}
textMethod(bytesType, isBytes, "__hash__", DUNDER0, (rt, self) => rt.hash(self));
textMethod(bytesType, isBytes, "__bytes__", NOARGS, (_rt, self) => new PyBytes(self.data.slice(), bytesType));
bytearrayType.dict.set("__hash__", None);

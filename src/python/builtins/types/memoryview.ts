/**
 * The `memoryview` type over bytes and bytearray: a one-dimensional view of unsigned
 * bytes (format 'B'), sharing the object's memory (writes through a bytearray's view
 * show in the bytearray), sliced with any step into further views, with CPython's
 * messages. Not modelled: `cast`, multi-dimensional shapes, other formats, and the
 * BufferError CPython raises when a viewed bytearray is resized (the view keeps
 * reading the bytearray's current bytes instead).
 */
import {
  None,
  NotImplemented,
  PyBuiltin,
  PyObject,
  PyType,
  objectType,
  typeOf,
  type PyValue,
} from "../../objects/core";
import { PyBytes, PyList, PySlice, PyTuple, bytesType, bytearrayType } from "../../objects/containers";
import { PyStaticMethod } from "../../objects/functions";
import { arrayIterator } from "../../interp/iter";
import { sliceIndices } from "../../interp/subscript";
import type { Interpreter } from "../../interp/interpreter";
import { getter, methods, parseArgs } from "../registry";
import { indexArg } from "./text-index";
import { hexWithSep } from "./bytes-hex";

export const memoryviewType: PyType = new PyType("memoryview", [objectType], { builtin: true });

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The bytes or bytearray viewed. */
    readonly obj: PyBytes,
    /** Index in obj of the view's first byte, distance between its bytes, and how many. */
    readonly start: number,
    readonly step: number,
    readonly length: number,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }

  /** Index in obj of the view's byte `i` (0 <= i < length). */
  at(i: number): number {
    return this.start + i * this.step;
  }

  /** The bytes seen, copied. */
  bytes(): Uint8Array {
    const data = this.obj.data;
    if (this.step === 1) return data.slice(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = data[this.at(i)]!;
    return out;
  }
}

/** The bytes a bytes-like value holds: bytes, bytearray or a memoryview of them; else undefined. */
export function bufferBytes(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyMemoryView && !v.released) return v.bytes();
  return undefined;
}

function live(rt: Interpreter, v: PyValue): PyMemoryView {
  const mv = v as PyMemoryView;
  if (mv.released) throw rt.error("ValueError", "operation forbidden on released memoryview object");
  return mv;
}

function viewOf(rt: Interpreter, v: PyValue): PyMemoryView {
  if (v instanceof PyMemoryView) {
    const src = live(rt, v);
    return new PyMemoryView(src.obj, src.start, src.step, src.length, src.readonly);
  }
  if (v instanceof PyBytes) return new PyMemoryView(v, 0, 1, v.data.length, v.$cls !== bytearrayType);
  throw rt.error("TypeError", `memoryview: a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** A byte index into the view, negative from the end, or CPython's IndexError. */
function itemIndex(rt: Interpreter, mv: PyMemoryView, key: PyValue): number {
  let i = indexArg(rt, key);
  if (i < 0) i += mv.length;
  if (i < 0 || i >= mv.length) throw rt.error("IndexError", "index out of bounds on dimension 1");
  return i;
}

function sliceView(rt: Interpreter, mv: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, stop, step] = sliceIndices(rt, s, mv.length);
  const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return new PyMemoryView(mv.obj, mv.at(start), mv.step * step, n, mv.readonly);
}

memoryviewType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin(
      "__new__",
      (rt, args, kw) => {
        const [obj] = parseArgs(rt as Interpreter, "memoryview", args.slice(1), kw, ["object"], 1);
        return viewOf(rt as Interpreter, obj!);
      },
      "memoryview.__new__",
    ),
  ),
);

methods(memoryviewType, {
  __len__: (rt, self) => live(rt, self).length,
  __getitem__: (rt, self, [key]) => {
    const mv = live(rt, self);
    if (key instanceof PySlice) return sliceView(rt, mv, key);
    if (key instanceof PyTuple) throw rt.error("TypeError", "memoryview: invalid slice key");
    return mv.obj.data[mv.at(itemIndex(rt, mv, key!))]!;
  },
  __setitem__: (rt, self, [key, value]) => {
    const mv = live(rt, self);
    if (mv.readonly) throw rt.error("TypeError", "cannot modify read-only memory");
    const data = mv.obj.data;
    if (key instanceof PySlice) {
      const target = sliceView(rt, mv, key);
      const src = bufferBytes(value!);
      if (src === undefined) {
        throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(value!).name}'`);
      }
      if (src.length !== target.length) {
        throw rt.error("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
      }
      const copy = src.slice();
      for (let i = 0; i < target.length; i++) data[target.at(i)] = copy[i]!;
      return None;
    }
    const i = itemIndex(rt, mv, key!);
    const n = typeof value === "number" || typeof value === "boolean" ? Number(value) : NaN;
    if (typeof value !== "number" && typeof value !== "boolean" && typeof value !== "bigint") {
      throw rt.error("TypeError", "memoryview: invalid type for format 'B'");
    }
    if (!(n >= 0 && n <= 255)) throw rt.error("ValueError", "memoryview: invalid value for format 'B'");
    data[mv.at(i)] = n;
    return None;
  },
  __iter__: (rt, self) => arrayIterator("memory_iterator", Array.from(live(rt, self).bytes())),
  __eq__: (_rt, self, [other]) => {
    const mv = self as PyMemoryView;
    if (other === mv) return true;
    if (mv.released || (other instanceof PyMemoryView && other.released)) return false;
    const theirs = bufferBytes(other!);
    if (theirs === undefined) return NotImplemented;
    const ours = mv.bytes();
    return ours.length === theirs.length && ours.every((b, i) => b === theirs[i]);
  },
  __hash__: (rt, self) => {
    const mv = live(rt, self);
    if (!mv.readonly) throw rt.error("ValueError", "cannot hash writable memoryview object");
    return rt.hash(new PyBytes(mv.bytes(), bytesType));
  },
  __repr__: (rt, self) => {
    const mv = self as PyMemoryView;
    return `<${mv.released ? "released " : ""}memory at ${rt.addressOf(mv)}>`;
  },
  __enter__: (rt, self) => live(rt, self),
  __exit__: (_rt, self) => {
    (self as PyMemoryView).released = true;
    return false;
  },
  release: (_rt, self) => {
    (self as PyMemoryView).released = true;
    return None;
  },
  tobytes: (rt, self) => new PyBytes(live(rt, self).bytes(), bytesType),
  tolist: (rt, self) => new PyList(Array.from(live(rt, self).bytes())),
  toreadonly: (rt, self) => {
    const mv = live(rt, self);
    return new PyMemoryView(mv.obj, mv.start, mv.step, mv.length, true);
  },
  hex: (rt, self, args, kw) => {
    const [sep, group] = parseArgs(rt, "hex", args, kw, ["sep", "bytes_per_sep"]);
    return hexWithSep(rt, live(rt, self).bytes(), sep, group);
  },
});

getter(memoryviewType, "obj", (rt, self) => live(rt, self).obj);
getter(memoryviewType, "nbytes", (rt, self) => live(rt, self).length);
getter(memoryviewType, "readonly", (rt, self) => live(rt, self).readonly);
getter(memoryviewType, "itemsize", (rt, self) => (live(rt, self), 1));
getter(memoryviewType, "format", (rt, self) => (live(rt, self), "B"));
getter(memoryviewType, "ndim", (rt, self) => (live(rt, self), 1));
getter(memoryviewType, "shape", (rt, self) => new PyTuple([live(rt, self).length]));
getter(memoryviewType, "strides", (rt, self) => new PyTuple([live(rt, self).step]));
getter(memoryviewType, "contiguous", (rt, self) => live(rt, self).step === 1);
getter(memoryviewType, "c_contiguous", (rt, self) => live(rt, self).step === 1);
getter(memoryviewType, "released", (_rt, self) => (self as PyMemoryView).released);

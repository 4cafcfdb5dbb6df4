/**
 * Code objects (`f.__code__`): the parts of CPython's `code` type that programs read
 * to introspect a function, derived from its compiled signature. There is no bytecode,
 * so `co_code`, `co_consts` and the like are absent.
 */
import { PyObject, PyType, objectType, None, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { Frame, PyFunction } from "../objects/functions";
import { getter, method } from "./registry";

export const codeType: PyType = new PyType("code", [objectType], { builtin: true });

/** The code object of a `def` or `lambda` function. */
export class PyCode extends PyObject {
  constructor(readonly fn: PyFunction) {
    super(codeType);
  }
}

// CPython's co_flags bits (Include/cpython/code.h).
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

const sigOf = (self: PyValue) => (self as PyCode).fn.sig;

/** co_varnames: every local, parameters first (the parameters alone when the compiler gave no list). */
function varnames(self: PyValue): readonly string[] {
  const s = sigOf(self);
  if (s.varnames) return s.varnames;
  const names = [...s.params, ...s.kwonly];
  if (s.vararg !== null) names.push(s.vararg);
  if (s.kwarg !== null) names.push(s.kwarg);
  return names;
}

getter(codeType, "co_name", (_rt, self) => sigOf(self).name);
getter(codeType, "co_qualname", (_rt, self) => sigOf(self).qualname);
getter(codeType, "co_filename", (_rt, self) => sigOf(self).file);
getter(codeType, "co_firstlineno", (_rt, self) => sigOf(self).line);
getter(codeType, "co_argcount", (_rt, self) => sigOf(self).params.length);
getter(codeType, "co_posonlyargcount", (_rt, self) => sigOf(self).posonly);
getter(codeType, "co_kwonlyargcount", (_rt, self) => sigOf(self).kwonly.length);
getter(codeType, "co_varnames", (_rt, self) => new PyTuple([...varnames(self)]));
getter(codeType, "co_nlocals", (_rt, self) => varnames(self).length);
getter(codeType, "co_flags", (_rt, self) => {
  const s = sigOf(self);
  const kind = (self as PyCode).fn.kind;
  let flags = CO_OPTIMIZED | CO_NEWLOCALS;
  if (s.vararg !== null) flags |= CO_VARARGS;
  if (s.kwarg !== null) flags |= CO_VARKEYWORDS;
  if (kind === "generator") flags |= CO_GENERATOR;
  else if (kind === "coroutine") flags |= CO_COROUTINE;
  else if (kind === "asyncgen") flags |= CO_ASYNC_GENERATOR;
  return flags;
});
method(codeType, "__repr__", (rt, self) => {
  const s = sigOf(self);
  return `<code object ${s.name} at ${rt.addressOf((self as PyCode).fn)}, file "${s.file}", line ${s.line}>`;
});

export const frameType: PyType = new PyType("frame", [objectType], { builtin: true });

/**
 * A suspended generator's or coroutine's frame (`gi_frame`, `cr_frame`): the line it
 * stopped at and its name; there are no locals or parent frames to show.
 */
export class PyFrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

getter(frameType, "f_lineno", (_rt, self) => (self as PyFrameObject).frame.line);
getter(frameType, "f_back", () => None);
method(frameType, "__repr__", (rt, self) => {
  const f = (self as PyFrameObject).frame;
  return `<frame at ${rt.addressOf(self)}, file '${f.file}', line ${f.line}, code ${f.name}>`;
});

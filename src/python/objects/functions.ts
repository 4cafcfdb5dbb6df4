/**
 * Callable objects defined by Python code and the descriptors that shape attribute
 * access: functions, frames, property, classmethod, staticmethod, and native
 * getters (`PyGetSet`) that builtin types use for attributes such as `args`.
 */
import { PyObject, PyType, objectType, functionType, type PyValue, type RuntimeLike, keepFast } from "./core";

/** What a compiled function's parameters look like. Built once per `def`. */
export interface Signature {
  readonly name: string;
  readonly qualname: string;
  readonly file: string;
  readonly line: number;
  /** Positional parameter names (positional-only first). */
  readonly params: readonly string[];
  /** How many of `params` are positional-only. */
  readonly posonly: number;
  readonly vararg: string | null;
  readonly kwonly: readonly string[];
  readonly kwarg: string | null;
  /** The function's local variable names, parameters first, as CPython's `co_varnames`. */
  readonly varnames?: readonly string[];
}

export type FunctionKind = "plain" | "generator" | "coroutine" | "asyncgen";

/**
 * A function defined by `def` or `lambda`. `impl` is the compiled JS function: it takes
 * the bound parameters in signature order (positional, *args tuple, keyword-only,
 * **kwargs dict) with the {@link Frame} as `this`; for generators and coroutines it
 * is a JS generator function.
 */
export class PyFunction extends PyObject {
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: PyValue[];
  kwdefaults: Map<string, PyValue>;
  /** True when a positional call with exactly `params.length` arguments needs no binding. */
  readonly simple: boolean;
  /**
   * For a plain (not generator) function with up to three positional parameters and
   * nothing else: how many, so a call with that many arguments passes them directly.
   * -1 otherwise.
   */
  readonly direct: number;
  module: string;
  doc: PyValue;
  /** `__name__` and `__qualname__`: the code's names until assigned (reprs and call errors use them). */
  name: string;
  qualname: string;
  /** `__annotations__`: a dict once the def had annotations or the attribute was read. */
  annotations: PyValue | null;
  /** Set by `types.coroutine` on a generator function: its generators can be awaited. */
  iterableCoroutine: boolean;

  constructor(
    public readonly sig: Signature,
    public readonly impl: (this: Frame, ...args: never[]) => unknown,
    public readonly kind: FunctionKind,
    defaults: PyValue[],
    kwdefaults: Map<string, PyValue>,
    module: string,
    doc: PyValue,
  ) {
    super(functionType);
    this.$dict = new Map();
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.module = module;
    this.doc = doc;
    this.name = sig.name;
    this.qualname = sig.qualname;
    this.annotations = null;
    this.iterableCoroutine = false;
    this.simple = sig.vararg === null && sig.kwarg === null && sig.kwonly.length === 0;
    this.direct = this.simple && kind === "plain" && sig.params.length <= 3 ? sig.params.length : -1;
  }
}

/** The code position a running function is at; one per active call. */
export class Frame {
  declare name: string;
  declare file: string;
  /** The line being executed (1-based). */
  declare line: number;
  /** The signature of the function running in this frame (null for modules and natives). */
  declare code: Signature | null;
  /**
   * The dict `locals()` returned in this function call, if it was called: CPython hands
   * out the same dict each time, refreshed, so names exec() stored there stay in it.
   */
  declare localsDict: object | null;
  /**
   * The operation last reached that can raise, as compiled code records it:
   * `[statement line, line, col, endLine, endCol]`, then a binary operator's or
   * subscript's anchor columns and kind (see `Span` in ast.ts), or a method call's
   * attribute span; or null. It belongs to the statement on `line` only when its first
   * item is `line`.
   */
  declare p: readonly number[] | null;
  constructor(name: string, file: string, firstLine: number, code: Signature | null = null) {
    this.name = name;
    this.file = file;
    this.line = firstLine;
    this.code = code;
    this.localsDict = null;
    this.p = null;
  }

  /** Record `span` as the current operation; returns `v` (the operation's last operand). */
  at<T>(v: T, span: readonly number[] | null): T {
    this.p = span;
    return v;
  }

  /** Make this frame the one of a new call of `sig` (frames of plain calls are reused). */
  reset(sig: Signature): this {
    this.name = sig.name;
    this.file = sig.file;
    this.line = sig.line;
    this.code = sig;
    this.localsDict = null;
    this.p = null;
    return this;
  }
}

function descriptorType(name: string): PyType {
  return new PyType(name, [objectType], { builtin: true });
}

export const propertyType = descriptorType("property");
export const classmethodType = descriptorType("classmethod");
export const staticmethodType = descriptorType("staticmethod");
export const getsetType = descriptorType("getset_descriptor");

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue,
    public fset: PyValue,
    public fdel: PyValue,
    public doc: PyValue,
    /** The attribute name `__set_name__` gave it, which its error messages quote. */
    public name: string | null = null,
  ) {
    super(propertyType);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public readonly func: PyValue) {
    super(classmethodType);
    this.$dict = new Map();
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public readonly func: PyValue) {
    super(staticmethodType);
    this.$dict = new Map();
  }
}

/** A native data descriptor: a computed attribute of a builtin type (`e.args`, `f.real`). */
export class PyGetSet extends PyObject {
  constructor(
    public readonly name: string,
    public readonly get: (rt: RuntimeLike, obj: PyValue) => PyValue,
    public readonly set: ((rt: RuntimeLike, obj: PyValue, v: PyValue) => void) | null = null,
  ) {
    super(getsetType);
  }
}

export const superType = descriptorType("super");

/** `super(cls, obj)`: attribute lookup that starts after `cls` in `obj`'s MRO. */
export class PySuper extends PyObject {
  constructor(
    public readonly thisClass: PyType,
    public readonly obj: PyValue,
    /** The type whose MRO is searched: obj's type, or obj itself when obj is a class. */
    public readonly objType: PyType,
  ) {
    super(superType);
  }
}

keepFast(PyFunction, Frame, PyProperty, PyClassMethod, PyStaticMethod, PyGetSet, PySuper);

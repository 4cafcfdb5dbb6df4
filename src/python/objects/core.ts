/**
 * The Python object model's core: how values are represented, and the `type` objects.
 *
 * Representation (chosen so the common cases cost nothing):
 * - int: a JS `number` holding a safe integer, or a `bigint` outside the safe range
 *   (never a bigint inside it, so `===` compares ints);
 * - bool: a JS `boolean`; str: a JS `string`;
 * - float: a {@link PyFloat} box (so `1.0` and `1` stay different types);
 * - everything else: an object with a `$cls` (its Python type).
 *
 * Host JavaScript objects never reach Python code: every value here is one of these.
 */

/** Any Python value. */
export type PyValue = unknown;

/** A keyword-argument list passed alongside positional arguments. */
export interface KwArgs {
  readonly names: readonly string[];
  readonly values: readonly PyValue[];
}

/** The base of every object-represented Python value. */
export class PyObject {
  // Fields are assigned in the constructor, not declared with initializers: every
  // subclass runs this code, and a class-field definition seen with that many object
  // shapes is a slow generic operation in V8 (it made each `new` about 10x slower).
  /** The instance's Python type. */
  declare $cls: PyType;
  /** The instance's attribute dict, or null for objects that have none (most builtins). */
  declare $dict: Map<string, PyValue> | null;
  constructor($cls: PyType) {
    this.$cls = $cls;
    this.$dict = null;
  }
}

/** An instance of a user class (or of `object`). */
export class PyInstance extends PyObject {
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
  }
}

/** A native method or function: receives the interpreter as its first argument. */
export type NativeImpl = (rt: RuntimeLike, args: PyValue[], kw: KwArgs | null) => PyValue;

/**
 * The part of the interpreter native code needs. Declared here, implemented by
 * `interp/interpreter.ts`, so the object model does not depend on the interpreter's module.
 */
export interface RuntimeLike {
  call(f: PyValue, args: PyValue[], kw?: KwArgs | null): PyValue;
  getattr(o: PyValue, name: string): PyValue;
  /** Throw a Python exception of the named builtin type. */
  raise(type: string, message?: string): never;
}

/** A function implemented in TypeScript (`len`, `str.upper`, a tornado method). */
export class PyBuiltin extends PyObject {
  constructor(
    public readonly name: string,
    public readonly impl: NativeImpl,
    /** For methods: the qualified name `str.upper`, used in messages. */
    public readonly qualname: string = name,
  ) {
    super(builtinFunctionType);
  }
}

/** A function bound to an instance. */
export class PyMethod extends PyObject {
  declare readonly func: PyValue;
  declare readonly self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    super(methodType);
    (this as { func: PyValue }).func = func;
    (this as { self: PyValue }).self = self;
  }
}

/** A factory that creates the storage for a new instance of a type (and its subclasses). */
export type Allocator = (cls: PyType) => PyObject;

/** A Python `type`: builtin or defined by a class statement. */
export class PyType extends PyObject {
  /** The class namespace (`__dict__`). */
  readonly dict: Map<string, PyValue>;
  bases: PyType[];
  mro: PyType[];
  /** The allocator of the nearest builtin base (`object` allocates a PyInstance). */
  alloc: Allocator;
  /**
   * Subclasses, held weakly: builtin and library types outlive a run, and the classes a
   * run defines must not stay alive (or visible) because they derived from them.
   */
  private readonly subclassRefs: WeakRef<PyType>[] = [];
  /** The run that created this class (`class` statements set it); null for types that outlive runs. */
  owner: object | null = null;
  private cache = new Map<string, PyValue>();
  /** True for types defined in TypeScript: their attributes cannot be set from Python. */
  readonly isBuiltin: boolean;
  /**
   * A shortcut for calling this exact type with one positional argument (`str(x)`,
   * `int(s)`): returns the result, or undefined to take the general path. Set by the
   * builtins for their own types; subclasses never inherit it.
   */
  fastCall1: ((rt: RuntimeLike, arg: PyValue) => PyValue) | null = null;
  /** The module name shown in `repr(cls)`: `builtins` types print as `<class 'int'>`. */
  module: string;
  qualname: string;

  constructor(
    public name: string,
    bases: PyType[],
    options: { builtin: boolean; alloc?: Allocator; module?: string; dict?: Map<string, PyValue>; metaclass?: PyType },
  ) {
    // `object` and `type` are created before `type` exists; they are patched below.
    super(options.metaclass ?? (bootstrap.typeType as PyType));
    this.dict = options.dict ?? new Map();
    this.bases = bases;
    this.isBuiltin = options.builtin;
    this.module = options.module ?? "builtins";
    this.qualname = name;
    this.mro = computeMro(this, bases);
    this.alloc = options.alloc ?? bases.find((b) => b.alloc)?.alloc ?? ((cls) => new PyInstance(cls));
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
  }

  /** The live subclasses (those a finished run made are dropped once collected). */
  get subclasses(): PyType[] {
    const out: PyType[] = [];
    let dead = 0;
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t) out.push(t);
      else dead++;
    }
    if (dead > 16 && dead * 2 > this.subclassRefs.length) {
      const live = this.subclassRefs.filter((r) => r.deref() !== undefined);
      this.subclassRefs.length = 0;
      this.subclassRefs.push(...live);
    }
    return out;
  }

  /** Find `name` along the MRO, or undefined. Cached; invalidated by {@link setAttr}. */
  lookup(name: string): PyValue {
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    for (const t of this.mro) {
      v = t.dict.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** Set a class attribute and drop the caches that may have seen the old value. */
  setAttr(name: string, value: PyValue): void {
    this.dict.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.dict.delete(name);
    this.invalidate();
    return had;
  }

  private invalidate(): void {
    this.cache.clear();
    for (const s of this.subclasses) s.invalidate();
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

/** C3 linearization, with CPython's error message on failure. */
function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 0) return [cls];
  if (bases.length === 1) return [cls, ...bases[0]!.mro];
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]];
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let candidate: PyType | undefined;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      // CPython names the distinct heads of the lists it could not merge, in order.
      const heads = [...new Set(nonEmpty.map((s) => s[0]!.name))];
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** Raised (as a host error) by computeMro; the class statement turns it into a TypeError. */
export class MroError extends Error {}

// `type` itself, set once right after it is created; read by the PyType constructor.
const bootstrap: { typeType?: PyType } = {};

function builtinType(name: string, bases: PyType[], alloc?: Allocator): PyType {
  return new PyType(name, bases, { builtin: true, alloc });
}

// The two roots. `object` is created while `typeType` is still undefined, so it is patched.
// A bare `object()` has no attribute dict, as in CPython; instances of subclasses do.
export const objectType: PyType = builtinType("object", [], (cls) =>
  cls === objectType ? new PyObject(cls) : new PyInstance(cls),
);
export const typeType: PyType = builtinType("type", [objectType]);
objectType.$cls = typeType;
typeType.$cls = typeType;
bootstrap.typeType = typeType;

export const builtinFunctionType = builtinType("builtin_function_or_method", [objectType]);
export const methodType = builtinType("method", [objectType]);
export const functionType = builtinType("function", [objectType]);
export const noneType = builtinType("NoneType", [objectType]);
export const notImplementedType = builtinType("NotImplementedType", [objectType]);
export const ellipsisType = builtinType("ellipsis", [objectType]);
export const intType = builtinType("int", [objectType]);
export const boolType = builtinType("bool", [intType]);
export const floatType = builtinType("float", [objectType]);
export const strType = builtinType("str", [objectType]);
export const moduleType = builtinType("module", [objectType]);

/** The `None` object. */
export const None: PyObject = Object.freeze(new PyObject(noneType)) as PyObject;
export const NotImplemented: PyObject = Object.freeze(new PyObject(notImplementedType)) as PyObject;
export const Ellipsis: PyObject = Object.freeze(new PyObject(ellipsisType)) as PyObject;

/** A Python float. Immutable. */
export class PyFloat {
  declare readonly v: number;
  constructor(v: number) {
    (this as { v: number }).v = v;
  }
  get $cls(): PyType {
    return floatType;
  }
  get $dict(): null {
    return null;
  }
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return (v as PyObject).$cls;
  }
}

/** The `__name__` of a value's type, as messages quote it. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isInstance(v: PyValue, t: PyType): boolean {
  const c = typeOf(v);
  return c === t || c.mro.includes(t);
}

/**
 * An instance of a Python subclass of str, int or float (`class Tag(str)`): the
 * primitive value it stands for, plus an attribute dict. Operators and the builtin
 * type's own methods see `value`; anything the subclass overrides sees the box.
 */
export class PyBox extends PyObject {
  constructor(
    cls: PyType,
    /** A JS string, an int (number or bigint) or a PyFloat. */
    public readonly value: PyValue,
  ) {
    super(cls);
    this.$dict = new Map();
  }

  /** The value it stands for, where host code asks for a number (`Number(status)` of an IntEnum member). */
  override valueOf(): unknown {
    const v = this.value as { v?: number } | number | bigint | string;
    return typeof v === "object" && v !== null && typeof v.v === "number" ? v.v : v;
  }
}

/**
 * A namespace Map that counts its changes, so a cached lookup (a global name read by
 * compiled code) can tell it is still valid: module globals and the builtins.
 */
export class Namespace extends Map<string, PyValue> {
  version = 0;
  override set(key: string, value: PyValue): this {
    this.version++;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.version++;
    return super.delete(key);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

/** A module object: a namespace with a name. */
export class PyModule extends PyObject {
  constructor(
    public readonly name: string,
    dict?: Map<string, PyValue>,
  ) {
    super(moduleType);
    this.$dict = dict ?? new Namespace();
    this.$dict.set("__name__", name);
  }
}

/** Normalize an integer result: a bigint inside the safe range becomes a number. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** True for int and bool values (int subclasses other than bool are not supported). */
export function isInt(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

/**
 * Keep classes' constructors in V8's fast-properties mode. Tools that preserve function
 * names (esbuild's `keepNames`, which tsx turns on) redefine each class's `name` after
 * the class is created, which leaves the constructor a dictionary-mode object: `new`
 * and `instanceof` on it then run several times slower (the whole interpreter, 2x).
 * Once a constructor serves as a prototype, V8 gives it fast properties again.
 * Engine modules call this on their classes right after defining them.
 */
export function keepFast(...classes: readonly object[]): void {
  for (const c of classes) {
    const probe = Object.create(c) as { probe?: number };
    probe.probe = 0;
  }
}

keepFast(PyObject, PyInstance, PyBuiltin, PyMethod, PyType, PyFloat, PyBox, PyModule, Namespace);

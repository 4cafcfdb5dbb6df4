/**
 * One Python interpreter instance: its frames, step budget, output, modules and
 * builtins. Compiled code receives it as `$rt` and reaches everything through it.
 * Nothing here is global: two interpreters never share mutable state.
 */
import { Finalizers } from "./finalize";
import {
  PyObject,
  PyType,
  PyModule,
  Namespace,
  None,
  NotImplemented,
  objectType,
  isInstance,
  type KwArgs,
  type PyValue,
  type RuntimeLike,
  keepFast,
} from "../objects/core";
import { PyDict, PySet, PyBytes, PyList, type HashTable } from "../objects/containers";
import { PyException, excType, makeException, isPyException } from "../objects/exceptions";
import { Frame, PyStaticMethod } from "../objects/functions";
import type { BinOp, CmpOp } from "../ast";
import { callValue } from "./call";
import { getAttr, setAttr, delAttr, callMethod } from "./attr";
import * as ops from "./ops";
import * as tables from "./tables";
import { getIter, nextOf, iterate, toArray, STOP } from "./iter";
import { repr, str } from "./repr";
import { ExecutionHalted, type HaltReason } from "./halt";
import type { Hooks } from "./hooks";
import { VirtualFiles } from "./vfs";

export interface InterpreterOptions {
  /** Where `print` writes. */
  readonly stdout?: (text: string) => void;
  /** Where the program's stderr goes (`sys.stderr`, `print(..., file=sys.stderr)`); dropped by default. */
  readonly stderr?: (text: string) => void;
  /** Steps (loop back-edges and calls) before the run is stopped; default 50 million. */
  readonly stepLimit?: number;
  readonly recursionLimit?: number;
  /** Largest sequence a program may build (elements or characters). */
  readonly maxLength?: number;
  /** The name shown for the main module's file in tracebacks. */
  readonly filename?: string;
}

export class Interpreter implements RuntimeLike {
  readonly None = None;
  readonly NotImplemented = NotImplemented;
  readonly STOP = STOP;
  readonly frames: Frame[] = [];
  /** Frame objects reused by plain calls, one per stack depth (see callDirect). */
  readonly framePool: Frame[] = [];
  /** Steps left before {@link outOfBudget}; compiled code decrements it. */
  budget: number;
  /** Steps granted so far (used = granted - budget). */
  private granted: number;
  readonly recursionLimit: number;
  readonly maxLength: number;
  readonly filename: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly modules = new Map<string, PyModule>();
  readonly builtins: Map<string, PyValue> = new Namespace();
  /** Objects being repr'd, to print `[...]` for cycles. */
  readonly reprStack = new Set<object>();
  /** Extension points the runtime layer fills in (import of host modules, budget policy, warnings). */
  hooks: Hooks = {};
  /** The live `__dict__` of each attribute namespace asked for one (live-dict.ts). */
  readonly dictViews = new WeakMap<object, PyDict>();
  /** The files the program writes and reads (`open`, `os`): in memory, this run's own. */
  readonly vfs = new VirtualFiles();
  /** Instances whose class has `__del__`, finalized when no module reaches them (finalize.ts). */
  readonly fin = new Finalizers();
  private ids = new WeakMap<object, number>();
  private nextId = 1;

  constructor(options: InterpreterOptions = {}) {
    this.stdout = options.stdout ?? (() => {});
    this.stderr = options.stderr ?? (() => {});
    this.budget = options.stepLimit ?? 50_000_000;
    this.granted = this.budget;
    this.recursionLimit = options.recursionLimit ?? 1000;
    this.maxLength = options.maxLength ?? 50_000_000;
    this.filename = options.filename ?? "main.py";
  }

  // --- steps, frames, errors -------------------------------------------------

  /** Steps executed so far. */
  get steps(): number {
    return this.granted - this.budget;
  }

  /** Set the steps left before the budget runs out, keeping the count of steps executed. */
  setBudget(steps: number): void {
    this.granted += steps - this.budget;
    this.budget = steps;
  }

  /** Give the running program more steps (the runtime does so per callback). */
  grant(steps: number): void {
    this.budget += steps;
    this.granted += steps;
  }

  /** Called by compiled code when the budget runs out: the runtime may grant more, else the run halts. */
  outOfBudget(): void {
    const more = this.hooks.onBudgetExhausted?.(this) ?? 0;
    if (more > 0) {
      this.grant(more);
      return;
    }
    this.halt("steps", "the step budget ran out: is there an infinite loop?");
  }

  halt(reason: HaltReason, message: string): never {
    const frame = this.frames[this.frames.length - 1];
    throw new ExecutionHalted(
      reason,
      message,
      frame ? frame.line : 0,
      this.frames.map((f) => ({ name: f.name, file: f.file, line: f.line })),
    );
  }

  pushFrame(frame: Frame): void {
    if (this.frames.length >= this.recursionLimit) {
      throw this.error("RecursionError", "maximum recursion depth exceeded");
    }
    this.frames.push(frame);
  }

  popFrame(): void {
    this.frames.pop();
  }

  /** The line the innermost running frame is at (0 outside any). */
  currentLine(): number {
    const f = this.frames[this.frames.length - 1];
    return f ? f.line : 0;
  }

  /** Record that `e` passed through `frame` while unwinding. */
  addTraceback(e: PyException, frame: Frame): void {
    const p = frame.p;
    // The operation recorded belongs to this statement: CPython names its line (a
    // statement may span several) and marks its columns.
    if (p !== null && p[0] === frame.line) {
      // A method call's record also holds its attribute's span (items 5-8): not this one's.
      const span = p.length === 9 ? p.slice(1, 5) : p.slice(1);
      e.traceback.unshift({ file: frame.file, name: frame.name, line: p[1]!, span });
    } else e.traceback.unshift({ file: frame.file, name: frame.name, line: frame.line });
  }

  /** What a function's catch does with an error escaping it: add the frame, translate host errors. */
  unwind(e: unknown, frame: Frame): unknown {
    const err = this.translateHostError(e);
    if (isPyException(err)) this.passThrough(err, frame);
    return err;
  }

  /**
   * An exception reached `frame`'s handling (an `except`, a `with`, or the function's
   * exit): it gains the frame's traceback entry, unless a bare `raise` re-raised it there.
   */
  passThrough(e: PyException, frame: Frame): void {
    if (e.reraised) e.reraised = false;
    else this.addTraceback(e, frame);
  }

  /** JS engine errors that mean a Python error (stack overflow) become one; others pass through. */
  translateHostError(e: unknown): unknown {
    // No regular expression here: compiling one can itself overflow the nearly full stack.
    if (e instanceof RangeError && e.message.includes("call stack")) {
      return makeException("RecursionError", "maximum recursion depth exceeded");
    }
    // The JS engine's own size limits ("Invalid string length", "Invalid array length").
    if (e instanceof RangeError && e.message.startsWith("Invalid ")) return makeException("MemoryError");
    return e;
  }

  /**
   * The exceptions being handled, innermost last: `except` bodies, and `finally` blocks
   * run while an exception propagates. A new exception's `__context__` is the last one.
   * A suspended generator keeps its own part (see generators.ts).
   */
  handling: PyException[] = [];

  /**
   * The innermost Python generator or coroutine (native ones are passed over) that
   * suspended in the last `resume`: when a
   * coroutine awaits another, the suspension point is the awaited one's frame. Set by
   * generators.ts; the event loop reads it to say which line waits.
   */
  innermostYielder: import("./generators").PyGenerator | null = null;
  /** Set by `yield from`/`await` just before passing a sub-generator's value up (delegate.ts). */
  delegatedYielder: import("./generators").PyGenerator | null = null;

  /** Create a builtin exception to throw: `throw rt.error("TypeError", "...")`. */
  error(type: string, message?: string): PyException {
    return this.withContext(message === undefined ? makeException(type) : makeException(type, message));
  }

  /** Set `e.__context__` to the exception being handled, as raising it does (no cycles). */
  withContext(e: PyException): PyException {
    const ctx = this.handling[this.handling.length - 1];
    if (ctx === undefined || ctx === e) return e;
    // CPython breaks a cycle the new link would close.
    for (let o: PyException | null = ctx; o; o = o.context) {
      if (o.context === e) {
        o.context = null;
        break;
      }
    }
    e.context = ctx;
    return e;
  }

  raise(type: string, message?: string): never {
    throw this.error(type, message);
  }

  excType(name: string): PyType {
    return excType(name);
  }

  /** Refuse allocations past the configured size, as CPython's MemoryError would. */
  checkLength(n: number): void {
    if (n > this.maxLength) throw this.error("MemoryError");
  }

  checkPowSize(a: number | bigint, b: number | bigint): void {
    const bits = Math.abs(Number(a)) < 2 ? 1 : Math.log2(Math.abs(Number(a)));
    if (bits * Number(b) > 64_000_000) throw this.error("MemoryError");
  }

  checkShiftSize(_a: number | bigint, b: number | bigint): void {
    if (Number(b) > 64_000_000) throw this.error("MemoryError");
  }

  /** `a + b` for two strs, within the size limit. */
  concatStr(a: string, b: string): string {
    if (a.length + b.length > this.maxLength) throw this.error("MemoryError");
    return a + b;
  }

  repeatStr(s: string, n: number | bigint): string {
    if (n <= 0 || s.length === 0) return "";
    this.checkLength(s.length * Number(n));
    return s.repeat(Number(n));
  }

  repeatArray<T>(items: readonly T[], n: number | bigint): T[] {
    if (n <= 0 || items.length === 0) return [];
    this.checkLength(items.length * Number(n));
    const out: T[] = [];
    for (let i = 0; i < Number(n); i++) for (const x of items) out.push(x);
    return out;
  }

  // --- output -------------------------------------------------------------------

  /**
   * What the print() function writes. After a Python 2 `print x,` the pending soft space
   * comes first: in a file that mixes the two forms, `print("b")` is Python 2's statement.
   */
  printText(text: string): void {
    this.write(this.softspace ? " " + text : text);
  }

  /** Write to the program's stderr (never mixed into stdout, as in CPython). */
  writeErr(text: string): void {
    if (text.length) this.stderr(text);
  }

  /** Python 2's print statement leaves a "soft space" after `print x,`. */
  private softspace = false;

  /** Write program output (what `print` and `sys.stdout.write` produce). */
  write(text: string): void {
    this.softspace = false;
    if (text.length) this.stdout(text);
  }

  /**
   * The Python 2 print statement: values separated by spaces, newline unless a trailing
   * comma. As in Python 2, a str item ending in whitespace other than a space (`"\t"`,
   * `"\n"`) leaves no soft space, so the next item starts right after it.
   */
  print2(values: string[], trailingComma: boolean, isStr?: readonly boolean[]): void {
    let out = "";
    values.forEach((v, i) => {
      if (this.softspace) out += " ";
      out += v;
      const last = v[v.length - 1];
      const str = isStr ? isStr[i] : true;
      this.softspace = !(str && last !== undefined && last !== " " && /\s/.test(last));
    });
    if (!trailingComma) {
      out += "\n";
      this.softspace = false;
    }
    const keep = this.softspace;
    this.write(out);
    this.softspace = keep;
  }

  // --- object protocol ---------------------------------------------------------

  call(f: PyValue, args: PyValue[], kw: KwArgs | null = null): PyValue {
    return callValue(this, f, args, kw);
  }

  /** Call `f` with `self` before `args` (an unbound method as a bound one would be called). */
  callWithSelf(f: PyValue, self: PyValue, args: readonly PyValue[]): PyValue {
    const all: PyValue[] = new Array(args.length + 1);
    all[0] = self;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    return callValue(this, f, all, null);
  }

  callMethod(o: PyValue, name: string, args: PyValue[]): PyValue {
    return callMethod(this, o, name, args);
  }

  getattr(o: PyValue, name: string): PyValue {
    return getAttr(this, o, name);
  }

  /** `hasattr(o, name)`: whether getting the attribute succeeds (only an AttributeError means no). */
  hasattr(o: PyValue, name: string): boolean {
    try {
      getAttr(this, o, name);
      return true;
    } catch (e) {
      if (isPyException(e) && this.isInstance(e, this.excType("AttributeError"))) return false;
      throw e;
    }
  }

  setattr(o: PyValue, name: string, v: PyValue): void {
    setAttr(this, o, name, v);
  }

  delattr(o: PyValue, name: string): void {
    delAttr(this, o, name);
  }

  /** Attributes every object has that are not in a dict (`__class__`, `__dict__`, `__name__`...). */
  specialAttr(o: PyValue, name: string): PyValue {
    return this.hooks.specialAttr?.(this, o, name);
  }

  isInstance(v: PyValue, t: PyType): boolean {
    return isInstance(v, t);
  }

  /** Whether `m` is `object`'s own implementation of `name` (so the default applies). */
  isObjectDefault(m: PyValue, name: string): boolean {
    return objectType.dict.get(name) === m;
  }

  isStaticMethod(v: PyValue): boolean {
    return v instanceof PyStaticMethod;
  }

  staticFunc(v: PyValue): PyValue {
    return (v as PyStaticMethod).func;
  }

  makeClassFromType(name: PyValue, bases: PyValue, ns: PyValue, kw: KwArgs | null): PyValue {
    const f = this.hooks.makeClass;
    if (!f) throw this.error("TypeError", "type() with 3 arguments is not available");
    return f(this, name, bases, ns, kw);
  }

  /** A stable fake address for `id()` and reprs such as `<object at 0x7f...>`. */
  idOf(o: PyValue): number {
    if (typeof o !== "object" || o === null) return 0;
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(o, id);
    }
    return 0x7f3a0000 + id * 16;
  }

  addressOf(o: PyValue): string {
    return "0x" + (0x7f0000000000 + this.idOf(o) * 16).toString(16);
  }

  // --- operators ------------------------------------------------------------

  binary(op: BinOp, a: PyValue, b: PyValue): PyValue {
    return ops.binary(this, op, a, b);
  }
  inplace(op: BinOp, a: PyValue, b: PyValue): PyValue {
    return ops.inplace(this, op, a, b);
  }
  unary(op: "-" | "+" | "~", a: PyValue): PyValue {
    return ops.unary(this, op, a);
  }
  truthy(v: PyValue): boolean {
    return ops.truthy(this, v);
  }
  eq(a: PyValue, b: PyValue): boolean {
    return ops.eq(this, a, b);
  }
  compare(op: CmpOp, a: PyValue, b: PyValue): boolean {
    return ops.compare(this, op, a, b);
  }
  /** A comparison's Python value: what a rich comparison dunder returned, else a bool. */
  compareValue(op: "==" | "!=" | "<" | "<=" | ">" | ">=", a: PyValue, b: PyValue): PyValue {
    return ops.compareValue(this, op, a, b);
  }
  lt(a: PyValue, b: PyValue): boolean {
    return ops.lt(this, a, b);
  }
  contains(container: PyValue, item: PyValue): boolean {
    return ops.contains(this, container, item);
  }
  repr(v: PyValue): string {
    return repr(this, v);
  }
  str(v: PyValue): string {
    return str(this, v);
  }
  /** `hash(v)`: a Python int (CPython's value for numbers, tuples and frozensets). */
  hash(v: PyValue): number | bigint {
    return tables.hashOf(this, v);
  }

  // --- iteration --------------------------------------------------------------

  iter(v: PyValue): PyValue {
    return getIter(this, v);
  }
  next(it: PyValue): PyValue | typeof STOP {
    return nextOf(this, it);
  }
  iterate(v: PyValue): Generator<PyValue, void, undefined> {
    return iterate(this, v);
  }
  toArray(v: PyValue): PyValue[] {
    return toArray(this, v);
  }

  // --- dicts and sets -----------------------------------------------------------

  newDict(): PyDict {
    return new PyDict();
  }
  dictGet(d: PyDict, k: PyValue): PyValue | undefined {
    return tables.tableGet(this, d.table, k)?.value;
  }
  dictSet(d: PyDict, k: PyValue, v: PyValue): void {
    tables.tableSet(this, d.table, k, v);
  }
  dictDelete(d: PyDict, k: PyValue): boolean {
    return tables.tableDelete(this, d.table, k) !== undefined;
  }
  /** Copy another mapping (or iterable of pairs) into `d`. */
  dictUpdate(d: PyDict, other: PyValue): void {
    const f = this.hooks.dictUpdate;
    if (other instanceof PyDict) {
      for (const e of other.table.map.values()) tables.tableSet(this, d.table, e.key, e.value);
    } else if (f) f(this, d, other);
    else throw this.error("TypeError", "dict.update() needs a dict");
  }
  dictEq(a: PyDict, b: PyDict): boolean {
    if (a.table.size !== b.table.size) return false;
    for (const e of a.table.map.values()) {
      const o = tables.tableGet(this, b.table, e.key);
      if (!o || (o.value !== e.value && !this.eq(e.value, o.value))) return false;
    }
    return true;
  }
  tableHas(t: HashTable, k: PyValue): boolean {
    return tables.tableGet(this, t, k) !== undefined;
  }
  setAdd(s: PySet, k: PyValue): void {
    tables.tableSet(this, s.table, k, None);
  }
  setEq(a: PySet, b: PySet): boolean {
    if (a.table.size !== b.table.size) return false;
    for (const e of a.table.map.values()) if (!tables.tableGet(this, b.table, e.key)) return false;
    return true;
  }
  setCompare(op: "<" | "<=" | ">" | ">=", a: PySet, b: PySet): boolean {
    const subset = (x: PySet, y: PySet) => {
      for (const e of x.table.map.values()) if (!tables.tableGet(this, y.table, e.key)) return false;
      return true;
    };
    switch (op) {
      case "<=":
        return subset(a, b);
      case "<":
        return a.table.size < b.table.size && subset(a, b);
      case ">=":
        return subset(b, a);
      case ">":
        return a.table.size > b.table.size && subset(b, a);
    }
  }
  /** `a op b` for two sets, through the set type's operator methods (CPython's order and result type). */
  setOperator(op: "|" | "&" | "-" | "^", a: PySet, b: PySet): PySet {
    return ops.binary(this, op, a, b) as PySet;
  }
  /** A dict subclass's repr wrapper (`defaultdict(<class 'list'>, {...})`), if it has one. */
  dictReprPrefix(d: PyDict): ((inner: string) => string) | null {
    return this.hooks.dictRepr?.(this, d) ?? null;
  }

  bytesFind(hay: PyBytes, needle: PyBytes): number {
    const h = hay.data;
    const n = needle.data;
    outer: for (let i = 0; i + n.length <= h.length; i++) {
      for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
      return i;
    }
    return -1;
  }

  // --- formatting hooks (implemented by the builtin str/bytes modules) ---------------

  percentFormat(fmt: string, args: PyValue): string {
    const f = this.hooks.percentFormat;
    if (!f) throw this.error("TypeError", "not all arguments converted during string formatting");
    return f(this, fmt, args);
  }
  percentFormatBytes(fmt: PyBytes, args: PyValue): PyBytes {
    const f = this.hooks.percentFormatBytes;
    if (!f) throw this.error("TypeError", "bytes formatting is not supported");
    return f(this, fmt, args);
  }
  /** `format(value, spec)`. */
  format(v: PyValue, spec: string): string {
    const f = this.hooks.format;
    if (!f) return spec === "" ? this.str(v) : this.raise("ValueError", "format specs are not supported");
    return f(this, v, spec);
  }

  /** A Python list from a JS array (the array is kept, not copied). */
  list(items: PyValue[]): PyList {
    return new PyList(items);
  }

  isPyObject(v: PyValue): v is PyObject {
    return v instanceof PyObject;
  }
}

keepFast(Interpreter);

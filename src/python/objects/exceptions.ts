/**
 * Python exceptions: the builtin hierarchy and the object that is thrown.
 * A Python exception is thrown as the JS value itself (a {@link PyException}), so
 * `try/except` in compiled code is a JS try/catch that checks the class.
 */
import { PyObject, PyType, objectType, None, type PyValue, keepFast } from "./core";
import { PyTuple, EMPTY_TUPLE } from "./containers";

/** One line of a traceback: a frame and the line it was executing. */
export interface TracebackEntry {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  /** Where on the line (or lines) the failing operation is: `[line, col, endLine, endCol, anchor...]`. */
  readonly span?: readonly number[];
}

export class PyException extends PyObject {
  declare args: PyTuple;
  /** Innermost last, as CPython prints them. Built while the exception unwinds. */
  declare traceback: TracebackEntry[];
  declare cause: PyException | null;
  declare context: PyException | null;
  declare suppressContext: boolean;
  /**
   * Set by a bare `raise` (and a `with` block re-raising after `__exit__`): the frame it
   * leaves already has its traceback entry, so the next one it passes adds none.
   */
  declare reraised: boolean;
  /** For a NameError the engine raised: the names in scope there, for the traceback's suggestion. */
  declare nameScope: { readonly locals: readonly string[]; readonly globals: ReadonlyMap<string, unknown> } | null;
  // Assigned here rather than as field initializers: every exception class shares this code.
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
    this.args = EMPTY_TUPLE;
    this.traceback = [];
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.reraised = false;
    this.nameScope = null;
  }
}

export const baseExceptionType: PyType = new PyType("BaseException", [objectType], {
  builtin: true,
  alloc: (cls) => new PyException(cls),
});

/** Every builtin exception type by name. */
export const exceptionTypes = new Map<string, PyType>([["BaseException", baseExceptionType]]);

function def(name: string, base: string): PyType {
  const t = new PyType(name, [exceptionTypes.get(base)!], { builtin: true });
  exceptionTypes.set(name, t);
  return t;
}

// The hierarchy of CPython 3.11 (the parts handler code can meet).
const HIERARCHY: ReadonlyArray<readonly [string, string]> = [
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["StopAsyncIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["Warning", "Exception"],
  ["BytesWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["UserWarning", "Warning"],
];
for (const [name, base] of HIERARCHY) def(name, base);

/** A BaseExceptionGroup (or subclass) instance: its message and sub-exceptions. */
export class PyExceptionGroup extends PyException {
  declare message: string;
  declare exceptions: PyException[];
  constructor(cls: PyType) {
    super(cls);
    this.message = "";
    this.exceptions = [];
  }
}

export const baseExceptionGroupType: PyType = new PyType("BaseExceptionGroup", [baseExceptionType], {
  builtin: true,
  alloc: (cls) => new PyExceptionGroup(cls),
});
exceptionTypes.set("BaseExceptionGroup", baseExceptionGroupType);
export const exceptionGroupType: PyType = new PyType(
  "ExceptionGroup",
  [baseExceptionGroupType, exceptionTypes.get("Exception")!],
  { builtin: true },
);
exceptionTypes.set("ExceptionGroup", exceptionGroupType);

/** Look up a builtin exception type; a typo here is a bug of ours, so it throws. */
export function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`no builtin exception ${name}`);
  return t;
}

/** Create (not throw) a builtin exception with a message (or no args when message is undefined). */
export function makeException(type: PyType | string, ...args: PyValue[]): PyException {
  const cls = typeof type === "string" ? excType(type) : type;
  const e = cls.alloc(cls) as PyException;
  e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
  return e;
}

export function isPyException(e: unknown): e is PyException {
  return e instanceof PyException;
}

export const tracebackType: PyType = new PyType("traceback", [objectType], { builtin: true });

/** A traceback object (`e.__traceback__`, the third argument of `__exit__`): one entry and the next. */
export class PyTraceback extends PyObject {
  constructor(
    readonly entries: readonly TracebackEntry[],
    readonly index: number,
  ) {
    super(tracebackType);
  }
}

/** `e.__traceback__`: None for an exception that was never raised. */
export function tracebackOf(e: PyException): PyObject {
  return e.traceback.length ? new PyTraceback(e.traceback.slice(), 0) : None;
}

/** `StopIteration(value)`'s value (None when it has no args). */
export function stopIterationValue(e: PyException): PyValue {
  return e.args.items.length ? e.args.items[0] : None;
}

keepFast(PyException, PyExceptionGroup, PyTraceback);

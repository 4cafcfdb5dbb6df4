/**
 * Extension points of an interpreter, filled by the builtin modules and by the
 * runtime layer (which knows about time and Tornado). Each is optional: an
 * interpreter without them still runs plain Python.
 */
import type { KwArgs, PyValue } from "../objects/core";
import type { PyDict, PyBytes } from "../objects/containers";
import type { PyModule } from "../objects/core";
import type { Interpreter } from "./interpreter";
import type { PyException } from "../objects/exceptions";

export interface Hooks {
  /** More steps for a program that ran out (0 or undefined: stop it). */
  onBudgetExhausted?: (rt: Interpreter) => number;
  /** Attributes not found in any dict: `__class__`, `__name__`, `__dict__`... */
  specialAttr?: (rt: Interpreter, o: PyValue, name: string) => PyValue;
  /** `type(name, bases, ns)`. */
  makeClass?: (rt: Interpreter, name: PyValue, bases: PyValue, ns: PyValue, kw: KwArgs | null) => PyValue;
  /** `dict.update` from a non-dict mapping or an iterable of pairs. */
  dictUpdate?: (rt: Interpreter, d: PyDict, other: PyValue) => void;
  dictRepr?: (rt: Interpreter, d: PyDict) => ((inner: string) => string) | null;
  percentFormat?: (rt: Interpreter, fmt: string, args: PyValue) => string;
  percentFormatBytes?: (rt: Interpreter, fmt: PyBytes, args: PyValue) => PyBytes;
  format?: (rt: Interpreter, v: PyValue, spec: string) => string;
  /** Build a module that is not Python source (stdlib in TS, tornado in the runtime); undefined if unknown. */
  loadModule?: (rt: Interpreter, name: string) => PyModule | undefined;
  /** A warning raised by `warnings.warn` or by the engine (RuntimeWarning for an unawaited coroutine). */
  warn?: (rt: Interpreter, category: string, message: string, line: number) => void;
  /** An exception's traceback text as CPython prints it uncaught (the `traceback` module's). */
  formatException?: (rt: Interpreter, e: PyException) => string;
  /** `file`'s line `line` as written, where the program has it (traceback.extract_tb's `line` and markers). */
  sourceLine?: (rt: Interpreter, file: string, line: number) => string | null;
  /** A value an expression statement computed and dropped (CPython collects it right away). */
  discard?: (rt: Interpreter, value: PyValue) => void;
}

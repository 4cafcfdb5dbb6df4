/**
 * The "Did you mean" hint CPython 3.11 adds to the last line of the traceback of an
 * uncaught NameError or AttributeError (Python/suggestions.c): the candidate names
 * closest to the wrong one by a Levenshtein distance where a case change costs 1 and
 * any other edit 2, within a third of the characters involved.
 */
import { PyList } from "../objects/containers";
import type { PyException } from "../objects/exceptions";
import type { Interpreter } from "./interpreter";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** CPython's builtins module names, in its dict order (candidates for a mistyped name). */
const CPYTHON_BUILTINS: readonly string[] = [
  "__name__",
  "__doc__",
  "__package__",
  "__loader__",
  "__spec__",
  "__build_class__",
  "__import__",
  "abs",
  "all",
  "any",
  "ascii",
  "bin",
  "breakpoint",
  "callable",
  "chr",
  "compile",
  "delattr",
  "dir",
  "divmod",
  "eval",
  "exec",
  "format",
  "getattr",
  "globals",
  "hasattr",
  "hash",
  "hex",
  "id",
  "input",
  "isinstance",
  "issubclass",
  "iter",
  "aiter",
  "len",
  "locals",
  "max",
  "min",
  "next",
  "anext",
  "oct",
  "ord",
  "pow",
  "print",
  "repr",
  "round",
  "setattr",
  "sorted",
  "sum",
  "vars",
  "None",
  "Ellipsis",
  "NotImplemented",
  "False",
  "True",
  "bool",
  "memoryview",
  "bytearray",
  "bytes",
  "classmethod",
  "complex",
  "dict",
  "enumerate",
  "filter",
  "float",
  "frozenset",
  "property",
  "int",
  "list",
  "map",
  "object",
  "range",
  "reversed",
  "set",
  "slice",
  "staticmethod",
  "str",
  "super",
  "tuple",
  "type",
  "zip",
  "__debug__",
  "BaseException",
  "BaseExceptionGroup",
  "Exception",
  "GeneratorExit",
  "KeyboardInterrupt",
  "SystemExit",
  "ArithmeticError",
  "AssertionError",
  "AttributeError",
  "BufferError",
  "EOFError",
  "ImportError",
  "LookupError",
  "MemoryError",
  "NameError",
  "OSError",
  "ReferenceError",
  "RuntimeError",
  "StopAsyncIteration",
  "StopIteration",
  "SyntaxError",
  "SystemError",
  "TypeError",
  "ValueError",
  "Warning",
  "FloatingPointError",
  "OverflowError",
  "ZeroDivisionError",
  "BytesWarning",
  "DeprecationWarning",
  "EncodingWarning",
  "FutureWarning",
  "ImportWarning",
  "PendingDeprecationWarning",
  "ResourceWarning",
  "RuntimeWarning",
  "SyntaxWarning",
  "UnicodeWarning",
  "UserWarning",
  "BlockingIOError",
  "ChildProcessError",
  "ConnectionError",
  "FileExistsError",
  "FileNotFoundError",
  "InterruptedError",
  "IsADirectoryError",
  "NotADirectoryError",
  "PermissionError",
  "ProcessLookupError",
  "TimeoutError",
  "IndentationError",
  "IndexError",
  "KeyError",
  "ModuleNotFoundError",
  "NotImplementedError",
  "RecursionError",
  "UnboundLocalError",
  "UnicodeError",
  "BrokenPipeError",
  "ConnectionAbortedError",
  "ConnectionRefusedError",
  "ConnectionResetError",
  "TabError",
  "UnicodeDecodeError",
  "UnicodeEncodeError",
  "UnicodeTranslateError",
  "ExceptionGroup",
  "EnvironmentError",
  "IOError",
  "open",
  "quit",
  "exit",
  "copyright",
  "credits",
  "license",
  "help",
];

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** CPython's bounded Levenshtein distance over UTF-8 bytes (max + 1 when over `max`). */
export function levenshtein(x: string, y: string, max: number): number {
  let a = new TextEncoder().encode(x);
  let b = new TextEncoder().encode(y);
  if (x === y) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.subarray(start);
  b = b.subarray(start);
  let ea = a.length;
  let eb = b.length;
  while (ea && eb && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > max) return max + 1;
  const buffer: number[] = [];
  for (let i = 0, t = MOVE_COST; i < a.length; i++, t += MOVE_COST) buffer.push(t);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** The closest candidate to `name`, or null (CPython's calculate_suggestions). */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameSize = new TextEncoder().encode(name).length;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = new TextEncoder().encode(item).length;
    const max = Math.min(Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshtein(name, item, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Where a NameError was raised: the running function's local names and the module's globals. */
export interface NameScope {
  readonly locals: readonly string[];
  readonly globals: ReadonlyMap<string, unknown>;
}

/** The name CPython would suggest for an uncaught NameError or AttributeError, or null. */
export function suggestion(rt: Interpreter, e: PyException): string | null {
  const name = e.$dict?.get("name");
  if (typeof name !== "string") return null;
  if (e.$cls === rt.excType("NameError")) {
    const scope = e.nameScope;
    if (scope === null) return null;
    return (
      closestName(scope.locals, name) ??
      closestName([...scope.globals.keys()], name) ??
      closestName(CPYTHON_BUILTINS, name)
    );
  }
  if (rt.isInstance(e, rt.excType("AttributeError")) && e.$dict!.has("obj")) {
    try {
      const dir = rt.call(rt.builtins.get("dir"), [e.$dict!.get("obj")]);
      if (!(dir instanceof PyList)) return null;
      return closestName(
        dir.items.filter((x): x is string => typeof x === "string"),
        name,
      );
    } catch {
      return null;
    }
  }
  return null;
}

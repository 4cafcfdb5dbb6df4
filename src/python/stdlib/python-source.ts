/**
 * Stdlib modules written in Python (`stdlib/py/*.ts` hold their source): compiled and
 * run the first time a program imports them, like any module. They are the engine's
 * own small implementations, written for CPython 3.11's behaviour and output.
 */
import type { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { compileSource, execModule } from "../run";
import { FRACTIONS } from "./py/fractions";
import { STATISTICS } from "./py/statistics";
import { TEXTWRAP } from "./py/textwrap";
import { PPRINT } from "./py/pprint";
import { IO } from "./py/io";
import { CSV } from "./py/csv";
import { KEYWORD } from "./py/keyword";
import { HTML } from "./py/html";
import { DECIMAL } from "./py/decimal";
import { PYIO } from "./py/pyio";
import { SINGLEDISPATCH } from "./py/singledispatch";
import { STRING_FORMATTER } from "./py/string-formatter";
import { NUMBERS } from "./py/numbers";
import { HTTP, HTTP_CLIENT } from "./py/http";
import { QUEUE } from "./py/queue";
import { CALENDAR } from "./py/calendar";
import { STRUCT } from "./py/struct";
import { GRAPHLIB } from "./py/graphlib";
import { REPRLIB } from "./py/reprlib";
import { FNMATCH } from "./py/fnmatch";
import { SHLEX } from "./py/shlex";
import { WEAKREF } from "./py/weakref";
import { ERRNO } from "./py/errno";
import { CONTEXTVARS } from "./py/contextvars";
import { INSPECT } from "./py/inspect";
import { ARGPARSE } from "./py/argparse";
import { TIMEIT } from "./py/timeit";
import { THREADING } from "./py/threading";
import { CODECS } from "./py/codecs";
import { UUID } from "./py/uuid";
import { PATHLIB } from "./py/pathlib";
import { DIFFLIB } from "./py/difflib";
import { ARRAY } from "./py/array";
import { TYPING_PROTOCOL } from "./py/typing-protocol";

const SOURCES: Readonly<Record<string, string>> = {
  fractions: FRACTIONS,
  statistics: STATISTICS,
  textwrap: TEXTWRAP,
  pprint: PPRINT,
  io: IO,
  csv: CSV,
  keyword: KEYWORD,
  html: HTML,
  decimal: DECIMAL,
  _pyio: PYIO,
  _singledispatch: SINGLEDISPATCH,
  _string_formatter: STRING_FORMATTER,
  numbers: NUMBERS,
  http: HTTP,
  "http.client": HTTP_CLIENT,
  queue: QUEUE,
  calendar: CALENDAR,
  struct: STRUCT,
  graphlib: GRAPHLIB,
  reprlib: REPRLIB,
  fnmatch: FNMATCH,
  shlex: SHLEX,
  weakref: WEAKREF,
  errno: ERRNO,
  contextvars: CONTEXTVARS,
  inspect: INSPECT,
  argparse: ARGPARSE,
  timeit: TIMEIT,
  threading: THREADING,
  codecs: CODECS,
  uuid: UUID,
  pathlib: PATHLIB,
  difflib: DIFFLIB,
  array: ARRAY,
  _typing_protocol: TYPING_PROTOCOL,
};

/**
 * Modules CPython implements in C: their frames are left out of tracebacks (their
 * errors look raised by the call itself, as there).
 */
const NATIVE_IN_CPYTHON = new Set(["decimal", "io", "csv", "_pyio", "struct", "errno", "contextvars", "array"]);

/** The names of the modules written in Python. */
export const PYTHON_MODULES: readonly string[] = Object.keys(SOURCES);

/** Compile and run the Python-written module `name`, or undefined when there is none. */
export function loadPythonModule(rt: Interpreter, name: string): PyModule | undefined {
  if (!Object.hasOwn(SOURCES, name)) return undefined;
  // Where CPython keeps it: a dotted name is a package's submodule, a package is its __init__.py.
  const isPackage = PYTHON_MODULES.some((m) => m.startsWith(`${name}.`));
  const path = name.replace(/\./g, "/") + (isPackage ? "/__init__.py" : ".py");
  const filename = NATIVE_IN_CPYTHON.has(name) ? `<native ${name}>` : `/usr/lib/python3.11/${path}`;
  const compiled = compileSource(SOURCES[name]!, filename);
  if (!compiled.ok) throw new Error(`stdlib module ${name} does not compile: ${compiled.diagnostics[0]!.message}`);
  return execModule(rt, compiled.code, name, filename);
}

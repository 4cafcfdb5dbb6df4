/**
 * The pure stdlib subset, written in TypeScript: each module is built on its first
 * import, once per interpreter (the interpreter caches it in `rt.modules`), so no
 * two interpreters share a module object or a class.
 */
import { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { jsonModule } from "./json";
import { mathModule } from "./math";
import { functoolsModule } from "./functools";
import { collectionsModule } from "./collections";
import { collectionsAbcModule } from "./collections-abc";
import { abcModule } from "./abc";
import { itertoolsModule } from "./itertools";
import { operatorModule } from "./operator";
import { datetimeModule } from "./datetime";
import { stringModule } from "./string";
import { importlibModule } from "./importlib";
import { reModule } from "./re";
import { copyModule } from "./copy";
import { randomModule } from "./random";
import { sysModule } from "./sys";
import { warningsModule } from "./warnings";
import { contextlibModule } from "./contextlib";
import { typingModule } from "./typing";
import { enumModule } from "./enum";
import { osModule, osPathModule } from "./os";
import { bisectModule, heapqModule } from "./heapq";
import { base64Module, binasciiModule } from "./base64";
import { urllibModule, urllibParseModule } from "./urllib-parse";
import { hashlibModule } from "./hashlib";
import { futureModule } from "./future";
import { typesModule } from "./types";
import { dataclassesModule } from "./dataclasses";
import { unicodedataModule } from "./unicodedata";
import { cmathModule } from "./cmath";
import { vfsModule } from "./vfs";
import { weakrefNativeModule } from "./weakref-native";
import { gcModule } from "./gc";
import { inspectNativeModule } from "./inspect-native";
import { astModule } from "./ast";
import { zlibModule } from "./zlib";
import { tracebackModule } from "./traceback";
import { PYTHON_MODULES, loadPythonModule } from "./python-source";

type ModuleFactory = (rt: Interpreter) => PyModule;

const FACTORIES: Readonly<Record<string, ModuleFactory>> = {
  json: jsonModule,
  math: mathModule,
  functools: functoolsModule,
  collections: collectionsModule,
  "collections.abc": collectionsAbcModule,
  abc: abcModule,
  itertools: itertoolsModule,
  operator: operatorModule,
  datetime: datetimeModule,
  string: stringModule,
  importlib: importlibModule,
  // A snapshot of the builtins namespace (assigning to it does not change the builtins).
  builtins: (rt) => new PyModule("builtins", new Map(rt.builtins)),
  re: reModule,
  copy: copyModule,
  random: randomModule,
  sys: sysModule,
  warnings: warningsModule,
  contextlib: contextlibModule,
  typing: typingModule,
  enum: enumModule,
  os: osModule,
  "os.path": osPathModule,
  heapq: heapqModule,
  bisect: bisectModule,
  base64: base64Module,
  binascii: binasciiModule,
  urllib: urllibModule,
  "urllib.parse": urllibParseModule,
  hashlib: hashlibModule,
  __future__: futureModule,
  types: typesModule,
  dataclasses: dataclassesModule,
  unicodedata: unicodedataModule,
  cmath: cmathModule,
  _vfs: vfsModule,
  _weakref: weakrefNativeModule,
  gc: gcModule,
  _inspect: inspectNativeModule,
  traceback: tracebackModule,
  ast: astModule,
  zlib: zlibModule,
};

/** The names of the modules this folder provides. */
export const STDLIB_MODULES: readonly string[] = [...Object.keys(FACTORIES), ...PYTHON_MODULES];

/** Build a stdlib module by name, or undefined when it is not one of ours. */
export function loadStdlibModule(rt: Interpreter, name: string): PyModule | undefined {
  const f = Object.hasOwn(FACTORIES, name) ? FACTORIES[name] : undefined;
  return f ? f(rt) : loadPythonModule(rt, name);
}

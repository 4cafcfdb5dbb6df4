/**
 * Install the builtins into an interpreter: the `builtins` namespace (types,
 * exceptions, functions) and the hooks the object model calls for formatting,
 * class creation and the stdlib modules.
 */
import {
  PyType,
  NotImplemented,
  Ellipsis,
  objectType,
  typeType,
  intType,
  floatType,
  boolType,
  strType,
  type PyValue,
} from "../objects/core";
import {
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
  rangeType,
  sliceType,
  PyTuple,
} from "../objects/containers";
import { exceptionTypes } from "../objects/exceptions";
import { propertyType, classmethodType, staticmethodType, superType } from "../objects/functions";
import { typeFromArgs } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import "./core";
import "./exception-group";
import "./syntax-error";
import { specialAttr } from "./core";
import { builtinFunctions } from "./functions";
import { iteratorFactories, dictUpdateFrom } from "./types/constructors";
import "./types/methods";
import "./types/generic-alias";
import { complexType } from "./types/complex";
import { memoryviewType } from "./types/memoryview";
import { percentFormat, percentFormatBytes } from "./format/percent";
import { formatValue } from "./format/spec";
import { loadStdlibModule } from "../stdlib";
import { dictReprWrapper } from "../stdlib/collections-repr";

const TYPES: PyType[] = [
  objectType,
  typeType,
  intType,
  floatType,
  boolType,
  strType,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
  rangeType,
  sliceType,
  propertyType,
  classmethodType,
  staticmethodType,
  superType,
  complexType,
  memoryviewType,
];

export function installBuiltins(rt: Interpreter): void {
  const b = rt.builtins;
  for (const t of TYPES) b.set(t.name, t);
  for (const [name, t] of exceptionTypes) b.set(name, t);
  b.set("EnvironmentError", exceptionTypes.get("OSError")!);
  b.set("IOError", exceptionTypes.get("OSError")!);
  for (const [name, f] of Object.entries(builtinFunctions())) b.set(name, f);
  for (const [name, f] of Object.entries(iteratorFactories())) b.set(name, f);
  b.set("NotImplemented", NotImplemented);
  b.set("Ellipsis", Ellipsis);
  b.set("__debug__", true);
  b.set("__name__", "builtins");
  rt.hooks = {
    ...rt.hooks,
    specialAttr,
    makeClass: (rt2, name, bases, ns) => typeFromArgs(rt2, typeType, name, bases as PyTuple, ns),
    dictUpdate: dictUpdateFrom,
    dictRepr: dictReprWrapper,
    percentFormat,
    percentFormatBytes,
    format: formatValue,
    loadModule: (rt2, name) => loadStdlibModule(rt2, name),
  };
}

export type { PyValue };

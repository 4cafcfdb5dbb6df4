/**
 * The pure stdlib subset, written in TypeScript: modules are built on first import.
 */
import type { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";

type ModuleFactory = (rt: Interpreter) => PyModule;

const FACTORIES: Record<string, ModuleFactory> = {};

/** Build a stdlib module by name, or undefined when it is not one of ours. */
export function loadStdlibModule(rt: Interpreter, name: string): PyModule | undefined {
  const f = FACTORIES[name];
  return f ? f(rt) : undefined;
}

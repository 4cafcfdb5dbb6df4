/**
 * `import` statements. Modules come from the interpreter's cache or from its
 * `loadModule` hook (the stdlib modules written in TypeScript, and the runtime's
 * tornado/time/asyncio); there is no file system.
 */
import { PyModule, type PyValue } from "../objects/core";
import { isPyException } from "../objects/exceptions";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import { getAttrOrUndefined } from "./attr";
import type { Interpreter } from "./interpreter";

function loadOne(rt: Interpreter, name: string): PyModule {
  const cached = rt.modules.get(name);
  if (cached) return cached;
  // A module name is user text: one that names a property every JS object inherits
  // (`constructor`, `__proto__`, `toString`) never reaches a loader's lookup table.
  const m = name in Object.prototype ? undefined : rt.hooks.loadModule?.(rt, name);
  if (!(m instanceof PyModule)) {
    const e = rt.error("ModuleNotFoundError", `No module named '${name}'`);
    e.$dict!.set("name", name);
    throw e;
  }
  rt.modules.set(name, m);
  // sys.modules lists every module loaded so far.
  const listed = rt.modules.get("sys")?.$dict!.get("modules");
  if (listed instanceof PyDict) rt.dictSet(listed, name, m);
  return m;
}

/** Load a dotted module and its parents, linking each child as an attribute of its parent. */
export function loadModule(rt: Interpreter, dotted: string): PyModule {
  const parts = dotted.split(".");
  let parent: PyModule | null = null;
  let mod: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const name = parts.slice(0, i + 1).join(".");
    mod = loadOne(rt, name);
    if (parent && !parent.$dict!.has(parts[i]!)) parent.$dict!.set(parts[i]!, mod);
    parent = mod;
  }
  return mod!;
}

/** `import a.b.c` binds `a` (or, with `as`, the module a.b.c itself). */
export function importModule(rt: Interpreter, dotted: string, bindLeaf: boolean): PyModule {
  const leaf = loadModule(rt, dotted);
  return bindLeaf ? leaf : rt.modules.get(dotted.split(".")[0]!)!;
}

export function importFrom(rt: Interpreter, dotted: string, level: number): PyModule {
  if (level > 0) throw rt.error("ImportError", "attempted relative import with no known parent package");
  return loadModule(rt, dotted);
}

/** `from m import name`: an attribute, or a submodule. */
export function importName(rt: Interpreter, m: PyValue, name: string): PyValue {
  const mod = m as PyModule;
  const v = getAttrOrUndefined(rt, mod, name);
  if (v !== undefined) return v;
  try {
    return loadModule(rt, `${mod.name}.${name}`);
  } catch (e) {
    if (!isPyException(e) || !rt.isInstance(e, rt.excType("ModuleNotFoundError"))) throw e;
  }
  const err = rt.error("ImportError", `cannot import name '${name}' from '${mod.name}' (unknown location)`);
  throw err;
}

export function importStar(rt: Interpreter, m: PyValue, globals: Map<string, PyValue>): void {
  const mod = m as PyModule;
  const all = mod.$dict!.get("__all__");
  const names =
    all instanceof PyList || all instanceof PyTuple
      ? all.items.map((x) => String(x))
      : [...mod.$dict!.keys()].filter((k) => !k.startsWith("_"));
  for (const n of names) globals.set(n, rt.getattr(mod, n));
}

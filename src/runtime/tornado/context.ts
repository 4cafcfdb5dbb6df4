/**
 * What the emulated Tornado modules share for one run: the world, the coroutine
 * machinery, the HTTP server and client state, and the Python classes created for
 * this run (classes are per run because their methods close over the world).
 */
import { PyInstance, PyType, PyModule, objectType, None, type PyValue } from "../../python/objects/core";
import { excType } from "../../python/objects/exceptions";
import type { World } from "../world";
import type { Concurrency } from "../futures/drivers";

export interface TornadoContext {
  readonly world: World;
  readonly cc: Concurrency;
  /** Applications constructed by the module, in order (the last one is served). */
  readonly applications: PyValue[];
  /** Modules built so far, by name. */
  readonly modules: Map<string, PyModule>;
  /** IOLoop._run_callback (set by the ioloop module): run a callback, logging what escapes it. */
  runCallback?: (cb: PyValue, args: PyValue[]) => void;
}

/** A Python class defined by the runtime (not a builtin: user code may subclass it). */
export function runtimeClass(
  name: string,
  module: string,
  bases: PyType[] = [objectType],
  alloc?: (cls: PyType) => PyInstance,
): PyType {
  return new PyType(name, bases, { builtin: false, module, alloc });
}

/** A Python exception class defined by the runtime. */
export function exceptionClass(name: string, module: string, base: PyType | string = "Exception"): PyType {
  const b = typeof base === "string" ? excType(base) : base;
  return new PyType(name, [b], { builtin: false, module });
}

/** The directory the emulated Tornado's source files are in (where Debian's python3-tornado
 * puts them), for messages that name one of them. */
export const TORNADO_DIR = "/usr/lib/python3/dist-packages/tornado";

export function kwGet(
  kw: { names: readonly string[]; values: readonly PyValue[] } | null,
  name: string,
): PyValue | undefined {
  if (!kw) return undefined;
  const i = kw.names.indexOf(name);
  return i < 0 ? undefined : kw.values[i];
}

export const NONE = None;

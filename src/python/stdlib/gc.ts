/**
 * The `gc` module over the engine's model of object lifetimes (interp/finalize.ts):
 * collect() runs the reachability scan at once, so `__del__` methods and weakref
 * callbacks of unreachable objects run inside the call as in CPython. It returns 0:
 * the engine does not count the objects CPython's collector would free (cycles and
 * their dicts). enable/disable only switch the flag isenabled() reports.
 */
import { PyModule, None } from "../objects/core";
import { PyList, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { indexArg, makeModule, native } from "./util";

/** Build `gc`. */
export function gcModule(_rt: Interpreter): PyModule {
  let enabled = true;
  let thresholds: [number | bigint, number | bigint, number | bigint] = [700, 10, 10];
  return makeModule("gc", {
    collect: native("collect", (rt, args, kw) => {
      const [generation] = parseArgs(rt, "collect", args, kw, ["generation"], 0);
      if (generation !== undefined) {
        const g = indexArg(rt, generation);
        if (g < 0 || g > 2) throw rt.error("ValueError", "invalid generation");
      }
      rt.fin.collect(rt, true);
      return 0;
    }),
    enable: native("enable", () => {
      enabled = true;
      return None;
    }),
    disable: native("disable", () => {
      enabled = false;
      return None;
    }),
    isenabled: native("isenabled", () => enabled),
    get_count: native("get_count", () => new PyTuple([0, 0, 0])),
    get_threshold: native("get_threshold", () => new PyTuple([...thresholds])),
    set_threshold: native("set_threshold", (rt, args) => {
      const [a, b, c] = args.map((v) => indexArg(rt, v));
      if (a === undefined) throw rt.error("TypeError", "set_threshold() takes at least 1 argument (0 given)");
      thresholds = [a, b ?? thresholds[1], c ?? thresholds[2]];
      return None;
    }),
    freeze: native("freeze", () => None),
    unfreeze: native("unfreeze", () => None),
    get_freeze_count: native("get_freeze_count", () => 0),
    garbage: new PyList([]),
    callbacks: new PyList([]),
    DEBUG_STATS: 1,
    DEBUG_COLLECTABLE: 2,
    DEBUG_UNCOLLECTABLE: 4,
    DEBUG_SAVEALL: 32,
    DEBUG_LEAK: 38,
  });
}

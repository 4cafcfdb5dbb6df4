/**
 * `__del__`: CPython calls it when the last reference to an instance goes, which a JS
 * engine cannot see. The engine approximates that: instances of classes with a
 * `__del__` are tracked, and after each statement of the main module (when no function
 * frame of the program is running, so the only roots are modules) the ones no longer
 * reachable from any module are finalized, in the order they were created. At the end
 * of a run the rest are finalized: first those the main module's names refer to, in
 * the order of its namespace, then the others.
 *
 * What the scan cannot see (a closure's variables, a suspended generator's frame) does
 * not keep an object alive here.
 */
import { PyModule, PyObject, PyType, type PyValue } from "../objects/core";
import { PyDict, PyList, PySet, PyTuple } from "../objects/containers";
import { isPyException } from "../objects/exceptions";
import { PyFunction, type Frame } from "../objects/functions";
import { PyGenerator } from "./generators";
import { PyAsyncGenerator } from "./asyncgen";
import type { Interpreter } from "./interpreter";

/** A scan of fewer objects than this is cheap enough to run after every statement. */
const SMALL_HEAP = 20_000;

/** The tracked instances of one interpreter, and how often to look for dead ones. */
export class Finalizers {
  /** Tracked instances not finalized yet, in creation order. */
  readonly live = new Set<PyObject>();
  /** Set once a class with `__del__` exists: generator frames are noted from then on. */
  enabled = false;
  /** The frames of generators and coroutines (their variables cannot be scanned). */
  readonly generatorFrames = new WeakSet<Frame>();
  /** Tracked instances made while a generator ran: a live generator may hold them. */
  private readonly madeInGenerator = new WeakSet<PyObject>();
  /** Where the last scan found each tracked instance: a list or tuple frees its items last first. */
  private readonly parents = new WeakMap<PyObject, PyObject>();
  /** Statements to skip before the next scan: grows while scans find nothing. */
  private skip = 0;
  private backoff = 1;

  /** What must run after a tracked instance is finalized (weakref clears its references there). */
  private readonly deathHooks = new WeakMap<PyObject, Array<() => void>>();

  /**
   * Track `o` (if it is not already) and run `hook` once when it is finalized, after
   * its `__del__`: how `weakref` learns that a referent died.
   */
  onDeath(rt: Interpreter, o: PyObject, hook: () => void): void {
    this.enabled = true;
    if (!this.live.has(o)) this.track(rt, o);
    const hooks = this.deathHooks.get(o);
    if (hooks) hooks.push(hook);
    else this.deathHooks.set(o, [hook]);
  }

  track(rt: Interpreter, o: PyObject): void {
    this.live.add(o);
    if (rt.frames.some((f) => this.generatorFrames.has(f))) this.madeInGenerator.add(o);
    this.skip = 0;
    this.backoff = 1;
  }

  /**
   * After a main-module statement: finalize what no module reaches any more. `force`
   * (gc.collect()) scans even when recent scans found nothing.
   */
  collect(rt: Interpreter, force = false): void {
    if (this.live.size === 0) return;
    // A running function's variables cannot be scanned: only module code may collect.
    for (const f of rt.frames) if (f.name !== "<module>") return;
    if (this.skip > 0 && !force) {
      this.skip--;
      return;
    }
    const reached = reachable(rt, this.live, this.parents);
    const generatorAlive = [...reached].some(
      (v) => (v instanceof PyGenerator && !v.finished) || v instanceof PyAsyncGenerator,
    );
    const dead = [...this.live].filter((o) => !reached.has(o) && !(generatorAlive && this.madeInGenerator.has(o)));
    if (dead.length === 0) {
      // Nothing died: a program with many objects is scanned less often (each scan walks them all).
      if (reached.size > SMALL_HEAP) {
        this.backoff = Math.min(this.backoff * 2, 256);
        this.skip = this.backoff;
      }
      return;
    }
    this.backoff = 1;
    for (const o of inFreeingOrder(dead, this.parents)) this.finalize(rt, o);
  }

  /**
   * At the end of the run: everything still tracked, in the order CPython's shutdown
   * shows for the main module's names: first what each name holds that is not a list,
   * tuple, dict or set (an instance, then the instances in its attributes; a generator,
   * then what it made), then those containers (list and tuple items last to first, as
   * they are freed), then the rest in creation order.
   */
  finalizeAll(rt: Interpreter): void {
    const main = rt.modules.get("__main__")?.$dict;
    const seen = new Set<object>();
    const deferred: PyObject[] = [];
    const isContainer = (v: PyObject) =>
      v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
    const contents = (c: PyObject) => {
      if (c instanceof PyList || c instanceof PyTuple) for (let i = c.items.length - 1; i >= 0; i--) free(c.items[i]);
      else if (c instanceof PyDict || c instanceof PySet)
        for (const e of [...c.table.map.values()]) {
          free(e.key);
          free(e.value);
        }
    };
    const free = (v: PyValue, top = false): void => {
      if (!(v instanceof PyObject) || seen.has(v)) return;
      if (isContainer(v) && top) {
        deferred.push(v);
        return;
      }
      seen.add(v);
      if (isContainer(v)) return contents(v);
      if (v instanceof PyGenerator || v instanceof PyAsyncGenerator) {
        for (const o of [...this.live]) if (this.madeInGenerator.has(o)) this.finalize(rt, o);
        return;
      }
      // Classes, functions and modules outlive the instances they hold.
      if (v instanceof PyType || v instanceof PyModule || v instanceof PyFunction) return;
      if (this.live.has(v)) this.finalize(rt, v);
      if (v.$dict) for (const x of [...v.$dict.values()]) free(x);
    };
    if (main) {
      for (const v of [...main.values()]) free(v, true);
      for (const c of deferred) {
        seen.add(c);
        contents(c);
      }
    }
    for (const o of [...this.live]) this.finalize(rt, o);
  }

  private finalize(rt: Interpreter, o: PyObject): void {
    if (!this.live.delete(o)) return;
    const del = o.$cls.lookup("__del__");
    if (del !== undefined) {
      try {
        rt.call(del, [o]);
      } catch (e) {
        // As CPython: an exception in __del__ is reported on stderr and ignored.
        if (!isPyException(e)) throw e;
        rt.writeErr(`Exception ignored in: ${rt.repr(del)}\n${e.$cls.name}: ${rt.str(e)}\n`);
      }
    }
    const hooks = this.deathHooks.get(o);
    this.deathHooks.delete(o);
    for (const hook of hooks ?? []) hook();
  }
}

/**
 * Dead instances in the order CPython would finalize them: creation order, except that
 * those that were items of the same list or tuple go last item first (its dealloc order).
 */
function inFreeingOrder(dead: PyObject[], parents: WeakMap<PyObject, PyObject>): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < dead.length;) {
    const p = parents.get(dead[i]!);
    let j = i + 1;
    if (p instanceof PyList || p instanceof PyTuple) while (j < dead.length && parents.get(dead[j]!) === p) j++;
    out.push(...dead.slice(i, j).reverse());
    i = j;
  }
  return out;
}

/**
 * Every object reachable from the loaded modules (and the exceptions being handled);
 * for each tracked instance, the object it was first found in goes to `parents`.
 */
function reachable(rt: Interpreter, tracked: Set<PyObject>, parents: WeakMap<PyObject, PyObject>): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [...rt.modules.values(), ...rt.handling];
  const push = (v: unknown) => {
    if (v !== null && typeof v === "object" && !seen.has(v)) stack.push(v);
  };
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) push(x);
      continue;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        push(k);
        push(x);
      }
      continue;
    }
    if (!(v instanceof PyObject)) continue;
    if (v instanceof PyList || v instanceof PyTuple) {
      for (const x of v.items) if (x instanceof PyObject && tracked.has(x) && !seen.has(x)) parents.set(x, v);
    }
    if (v instanceof PyDict || v instanceof PySet) {
      for (const e of v.table.map.values()) {
        push(e.key);
        push(e.value);
      }
    }
    // Fields of the engine's own objects: items, defaults, a bound method's self...
    for (const x of Object.values(v)) push(x);
  }
  return seen;
}

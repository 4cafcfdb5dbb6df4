/**
 * How a Future class shows itself and reports a done-callback that raises, by the
 * library it comes from: concurrent.futures (3.2's Tornado Futures, executors' Futures),
 * Tornado 4.x's own Future, or asyncio's (5.x+, and asyncio's own loop before that).
 */
import { PyMethod, typeOf, type PyValue } from "../../python/objects/core";
import type { PyException } from "../../python/objects/exceptions";
import { PyFunction } from "../../python/objects/functions";
import type { Interpreter } from "../../python";
import type { World } from "../world";
import type { PyFuture } from "./future";

export type FutureStyle = "concurrent" | "tornado" | "asyncio";

/** The style of a Future class named `module.name` in this run. */
export function futureStyle(world: World, module: string, separateLoop: boolean): FutureStyle {
  if (module.startsWith("concurrent.futures")) return "concurrent";
  if (separateLoop || module === "_asyncio") return "asyncio";
  return world.profile.futureKind === "concurrent" ? "concurrent" : world.profile.futureKind;
}

/** `repr(future)` for a concurrent.futures Future: `<Future at 0x… state=finished raised KeyError>`. */
export function concurrentRepr(world: World, f: PyFuture): string {
  const rt = world.rt;
  const state = f.state === "pending" ? "pending" : f.state === "cancelled" ? "cancelled" : "finished";
  let tail = "";
  if (f.state === "done") {
    tail = f.exception ? ` raised ${f.exception.$cls.name}` : ` returned ${typeOf(f.result).name}`;
  }
  return `<${f.$cls.name} at ${rt.addressOf(f)} state=${state}${tail}>`;
}

/** reprlib.repr as asyncio's callback descriptions use it (3.11's limits). */
export function shortRepr(rt: Interpreter, v: PyValue): string {
  const cut = (s: string, max: number) => {
    if (s.length <= max) return s;
    const i = Math.max(0, Math.floor((max - 3) / 2));
    const j = Math.max(0, max - 3 - i);
    return s.slice(0, i) + "..." + s.slice(s.length - j);
  };
  if (typeof v === "string") {
    const max = 30;
    const s = rt.repr(v.slice(0, max));
    if (s.length <= max) return s;
    const i = Math.max(0, Math.floor((max - 3) / 2));
    const j = Math.max(0, max - 3 - i);
    const r = rt.repr(v.slice(0, i) + v.slice(v.length - j));
    return r.slice(0, i) + "..." + r.slice(r.length - j);
  }
  if (typeof v === "bigint" || typeof v === "number") return cut(rt.repr(v), 40);
  return cut(rt.repr(v), 30);
}

/** asyncio's `_format_callback_source`: `name(args) at file:line` for a Python function. */
export function asyncioCallbackSource(rt: Interpreter, cb: PyValue, args: readonly PyValue[]): string {
  const fn = cb instanceof PyMethod ? cb.func : cb;
  const name = rt.getattr(cb, "__qualname__");
  const label = typeof name === "string" ? name : rt.repr(cb);
  const source = fn instanceof PyFunction ? ` at ${fn.sig.file}:${fn.sig.line}` : "";
  return `${label}(${args.map((a) => shortRepr(rt, a)).join(", ")})${source}`;
}

/** Report a done-callback's exception as the Future's library does, and go on. */
export function reportCallbackError(
  world: World,
  style: FutureStyle,
  f: PyFuture,
  cb: PyValue,
  e: PyException,
  traceback: string,
): void {
  const rt = world.rt;
  if (style === "concurrent") {
    world.logError("concurrent.futures", `exception calling callback for ${concurrentRepr(world, f)}`, e, traceback, [
      "_base",
      342,
    ]);
  } else if (style === "tornado") {
    world.logError("tornado.application", `Exception in callback ${rt.repr(cb)} for ${rt.repr(f)}`, e, traceback, [
      "concurrent",
      0,
    ]);
  } else {
    const src = asyncioCallbackSource(rt, cb, [f]);
    world.logError("asyncio", `Exception in callback ${src}\nhandle: <Handle ${src}>`, e, traceback, [
      "base_events",
      1758,
    ]);
  }
}

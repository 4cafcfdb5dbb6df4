/**
 * tornado.platform.asyncio: the IOLoop classes on asyncio and the Future converters
 * (4.1+; no-ops since 5.0). The served IOLoop already stands for asyncio's loop, so
 * making another AsyncIOMainLoop for it fails from 6.0, which checks that; before, it
 * is accepted and changes nothing here, though 4.x's install() asserts that no IOLoop
 * exists yet. In 4.x asyncio's loop is another one, which nothing runs while Tornado
 * serves: a Future converted across the two never resolves.
 */
import { PyModule, PyType, None, type PyValue } from "../../python/objects/core";
import { fn, methods } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import { runtimeClass, type TornadoContext } from "./context";
import type { PyFuture } from "../futures/future";

export function makePlatformAsyncioModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const ioloop = loadModule(rt, "tornado.ioloop");
  const ioloopType = rt.getattr(ioloop, "IOLoop") as PyType;
  const gen = loadModule(rt, "tornado.gen");
  const p = ctx.world.profile;
  const checksAssociation = p.release === "6.5";
  const loopClass = (name: string) => {
    const t = runtimeClass(name, "tornado.platform.asyncio", [ioloopType]);
    methods(t, {
      __init__: () => {
        if (!checksAssociation) return None;
        const current = rt.call(rt.getattr(ioloopType, "current"), []);
        const asyncioLoop = rt.call(rt.getattr(loadModule(rt, "asyncio"), "get_event_loop"), []);
        throw rt.error(
          "RuntimeError",
          `IOLoop ${rt.repr(current)} already associated with asyncio loop ${rt.repr(asyncioLoop)}`,
        );
      },
      // Up to 4.x install() makes the loop the global IOLoop, asserting there was none:
      // the served one exists. From 5.0 it is make_current().
      install: () => {
        if (p.asyncioLoop === "separate") throw rt.call(rt.excType("AssertionError"), []);
        return None;
      },
    });
    return t;
  };
  const m = new PyModule("tornado.platform.asyncio");
  const d = m.$dict!;
  d.set("AsyncIOMainLoop", loopClass("AsyncIOMainLoop"));
  d.set("AsyncIOLoop", loopClass("AsyncIOLoop"));
  if (p.release === "3.2") return m;
  const convert = rt.getattr(gen, "convert_yielded");
  if (p.asyncioLoop === "separate") {
    // 4.x: each converter chains a Future of the other kind to its argument, through
    // done-callbacks; asyncio's run only on asyncio's loop, which nothing runs while
    // Tornado serves.
    const asyncio = loadModule(rt, "asyncio");
    d.set(
      "to_tornado_future",
      fn("to_tornado_future", (_rt, [f]) => rt.call(convert, [f ?? None]) as PyValue),
    );
    d.set(
      "to_asyncio_future",
      fn("to_asyncio_future", (_rt, [f]) => {
        const tf = rt.call(convert, [f ?? None]) as PyFuture;
        const af = rt.call(rt.getattr(asyncio, "Future"), []) as PyFuture;
        ctx.cc.chain(tf, af);
        return af;
      }),
    );
    return m;
  }
  d.set(
    "to_tornado_future",
    fn("to_tornado_future", (_rt, [f]) => f ?? None),
  );
  d.set(
    "to_asyncio_future",
    fn("to_asyncio_future", (_rt, [f]) => rt.call(convert, [f ?? None]) as PyValue),
  );
  return m;
}

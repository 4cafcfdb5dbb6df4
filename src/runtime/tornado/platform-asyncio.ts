/**
 * tornado.platform.asyncio: the IOLoop classes on asyncio and the Future converters
 * of 4.x (no-ops since 5.0). The served IOLoop already stands for asyncio's loop, so
 * making another AsyncIOMainLoop for it fails as in Tornado 5+ (in 3.x/4.x, where
 * install() switched the global IOLoop to asyncio, it is accepted and changes nothing).
 */
import { PyModule, PyType, None, type PyValue } from "../../python/objects/core";
import { fn, methods } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import { runtimeClass, type TornadoContext } from "./context";

export function makePlatformAsyncioModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const ioloop = loadModule(rt, "tornado.ioloop");
  const ioloopType = rt.getattr(ioloop, "IOLoop") as PyType;
  const gen = loadModule(rt, "tornado.gen");
  const asyncioLoops = ctx.world.profile.loop === "asyncio";
  const loopClass = (name: string) => {
    const t = runtimeClass(name, "tornado.platform.asyncio", [ioloopType]);
    methods(t, {
      __init__: () => {
        if (!asyncioLoops) return None;
        const current = rt.call(rt.getattr(ioloopType, "current"), []);
        const asyncioLoop = rt.call(rt.getattr(loadModule(rt, "asyncio"), "get_event_loop"), []);
        throw rt.error(
          "RuntimeError",
          `IOLoop ${rt.repr(current)} already associated with asyncio loop ${rt.repr(asyncioLoop)}`,
        );
      },
      install: () => None,
    });
    return t;
  };
  const m = new PyModule("tornado.platform.asyncio");
  const d = m.$dict!;
  d.set("AsyncIOMainLoop", loopClass("AsyncIOMainLoop"));
  d.set("AsyncIOLoop", loopClass("AsyncIOLoop"));
  d.set(
    "to_tornado_future",
    fn("to_tornado_future", (_rt, [f]) => f ?? None),
  );
  const convert = rt.getattr(gen, "convert_yielded");
  d.set(
    "to_asyncio_future",
    fn("to_asyncio_future", (_rt, [f]) => rt.call(convert, [f ?? None]) as PyValue),
  );
  return m;
}

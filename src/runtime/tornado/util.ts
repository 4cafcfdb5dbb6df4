/** tornado.util: TimeoutError (5.0+; the builtin TimeoutError from 6.2) and ObjectDict. */
import { PyModule, type PyValue } from "../../python/objects/core";
import { excType } from "../../python/objects/exceptions";
import { methods } from "../../python/builtins/registry";
import { exceptionClass, runtimeClass, type TornadoContext } from "./context";

export function makeUtilModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const m = new PyModule("tornado.util");
  const d = m.$dict!;
  const where = ctx.world.profile.messages.genTimeoutError;
  if (where === "builtins") d.set("TimeoutError", excType("TimeoutError"));
  else if (where === "tornado.util") d.set("TimeoutError", exceptionClass("TimeoutError", "tornado.util"));
  const objectDict = runtimeClass("ObjectDict", "tornado.util", [rt.builtins.get("dict") as never]);
  methods(objectDict, {
    __getattr__: (_rt, self, [name]) => {
      try {
        return rt.callMethod(self, "__getitem__", [name!]);
      } catch {
        throw rt.error("AttributeError", String(name));
      }
    },
    __setattr__: (_rt, self, [name, value]) => rt.callMethod(self, "__setitem__", [name!, value!]) as PyValue,
  });
  d.set("ObjectDict", objectDict);
  d.set("unicode_type", rt.builtins.get("str")!);
  return m;
}

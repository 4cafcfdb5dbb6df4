/**
 * tornado.log: Tornado's three loggers (app_log `tornado.application`, gen_log
 * `tornado.general`, access_log `tornado.access`) from the runtime's logging module;
 * enable_pretty_logging and LogFormatter are accepted (the console already shows
 * Tornado's format).
 */
import { PyModule, None } from "../../python/objects/core";
import { fn, methods } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import { runtimeClass, type TornadoContext } from "./context";

export function makeLogModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const logging = loadModule(rt, "logging");
  const getLogger = rt.getattr(logging, "getLogger");
  const m = new PyModule("tornado.log");
  const d = m.$dict!;
  d.set("access_log", rt.call(getLogger, ["tornado.access"]));
  d.set("app_log", rt.call(getLogger, ["tornado.application"]));
  d.set("gen_log", rt.call(getLogger, ["tornado.general"]));
  d.set(
    "enable_pretty_logging",
    fn("enable_pretty_logging", () => None),
  );
  d.set(
    "define_logging_options",
    fn("define_logging_options", () => None),
  );
  const formatter = runtimeClass("LogFormatter", "tornado.log", [rt.getattr(logging, "Formatter") as never]);
  methods(formatter, { __init__: () => None });
  d.set("LogFormatter", formatter);
  return m;
}

/**
 * tornado.options: `define` records an option with its default; `options.NAME` reads
 * it (and may be assigned); parse_command_line / parse_config_file accept and parse
 * nothing (a scenario has no command line), so options keep their defaults.
 */
import { PyModule, PyInstance, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyList } from "../../python/objects/containers";
import { fn, methods } from "../../python/builtins/registry";
import { exceptionClass, runtimeClass, kwGet, type TornadoContext } from "./context";

export function makeOptionsModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const errorType = exceptionClass("Error", "tornado.options");
  const parserType = runtimeClass("OptionParser", "tornado.options");
  const defined = new Map<PyInstance, Set<string>>();
  const names = (self: PyValue) => {
    const o = self as PyInstance;
    let s = defined.get(o);
    if (!s) defined.set(o, (s = new Set()));
    return s;
  };
  const define = (self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue => {
    const name = String(args[0] ?? kwGet(kw, "name")).replace(/-/g, "_");
    const multiple = rt.truthy(args[5] ?? kwGet(kw, "multiple") ?? false);
    let dflt = args[1] ?? kwGet(kw, "default") ?? None;
    if (multiple && dflt === None) dflt = new PyList([]);
    const known = names(self);
    if (known.has(name)) {
      throw rt.call(errorType, [`Option ${rt.repr(name)} already defined in scenario.py`]);
    }
    known.add(name);
    (self as PyInstance).$dict!.set(name, dflt);
    return None;
  };
  const remaining = () => new PyList([]);
  methods(parserType, {
    define: (_rt, self, args, kw) => define(self, args, kw),
    parse_command_line: remaining,
    parse_config_file: () => None,
    add_parse_callback: () => None,
    run_parse_callbacks: () => None,
    print_help: () => None,
    __getitem__: (_rt, self, [name]) => rt.getattr(self, String(name)),
    __setitem__: (_rt, self, [name, v]) => {
      rt.setattr(self, String(name), v!);
      return None;
    },
    __contains__: (_rt, self, [name]) => names(self).has(String(name).replace(/-/g, "_")),
    __iter__: (_rt, self) => rt.iter(rt.list([...names(self)])),
    as_dict: (_rt, self) => {
      const d = rt.newDict();
      for (const n of names(self)) rt.dictSet(d, n, (self as PyInstance).$dict!.get(n) ?? None);
      return d;
    },
    items: (_rt, self) => rt.callMethod(rt.callMethod(self, "as_dict", []), "items", []),
  });
  const options = new PyInstance(parserType);
  const m = new PyModule("tornado.options");
  const d = m.$dict!;
  d.set("Error", errorType);
  d.set("OptionParser", parserType);
  d.set("options", options);
  d.set(
    "define",
    fn("define", (_rt, args, kw) => define(options, args, kw)),
  );
  d.set(
    "parse_command_line",
    fn("parse_command_line", () => remaining()),
  );
  d.set(
    "parse_config_file",
    fn("parse_config_file", () => None),
  );
  d.set(
    "add_parse_callback",
    fn("add_parse_callback", () => None),
  );
  d.set(
    "print_help",
    fn("print_help", () => None),
  );
  return m;
}

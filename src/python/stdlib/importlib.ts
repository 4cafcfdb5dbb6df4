/**
 * The `importlib` module: import_module (absolute names; a relative one resolved
 * against `package`), reload (modules here have no source to re-run: the module
 * itself), and invalidate_caches.
 */
import { PyModule, None, typeOf } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { loadModule } from "../interp/imports";
import { parseArgs, arity } from "../builtins/registry";
import { makeModule, native } from "./util";

/** Build the `importlib` module. */
export function importlibModule(_rt: Interpreter): PyModule {
  return makeModule("importlib", {
    import_module: native("import_module", (rt, args, kw) => {
      const [name, pkg] = parseArgs(rt, "import_module", args, kw, ["name", "package"], 1);
      if (typeof name !== "string") throw rt.error("TypeError", `expected str, not ${typeOf(name).name}`);
      let dotted = name;
      if (name.startsWith(".")) {
        if (pkg === undefined || pkg === None) {
          throw rt.error(
            "TypeError",
            `the 'package' argument is required to perform a relative import for ${rt.repr(name)}`,
          );
        }
        const level = name.length - name.replace(/^\.+/, "").length;
        const base = rt.str(pkg).split(".");
        dotted = [...base.slice(0, base.length - (level - 1)), name.slice(level)].filter(Boolean).join(".");
      }
      return loadModule(rt, dotted);
    }),
    reload: native("reload", (rt, args) => {
      arity(rt, "reload", args, 1);
      if (!(args[0] instanceof PyModule)) throw rt.error("TypeError", "reload() argument must be a module");
      return args[0];
    }),
    invalidate_caches: native("invalidate_caches", () => None),
  });
}

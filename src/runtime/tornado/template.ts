/**
 * tornado.template and RequestHandler's template methods, both written in Python
 * (template-source.ts, template-web-source.ts) and compiled by the engine's own
 * compiler, as Tornado's are: templates become Python source that compile() and
 * exec() run, so a template's errors are the errors Python code gives.
 */
import { PyDict } from "../../python/objects/containers";
import { None, type PyInstance, type PyModule, type PyType, type PyValue } from "../../python/objects/core";
import { compileSource, execModule, type Interpreter } from "../../python";
import { getter, methods, type MethodImpl } from "../../python/builtins/registry";
import { TORNADO_DIR } from "./context";
import { TEMPLATE_SOURCE } from "./template-source";
import { TEMPLATE_WEB_SOURCE } from "./template-web-source";

/** Compile and run Python source shipped with the runtime as module `name`. */
function runSource(rt: Interpreter, source: string, name: string, filename: string): PyModule {
  const compiled = compileSource(source, filename);
  // The sources are ours: one that does not compile is a bug, not a program's error.
  if (!compiled.ok) throw new Error(`${name} does not compile: ${compiled.diagnostics[0]!.message}`);
  return execModule(rt, compiled.code, name, filename);
}

/** Build tornado.template for this run (it imports tornado.escape, .log and .util). */
export function makeTemplateModule(rt: Interpreter): PyModule {
  return runSource(rt, TEMPLATE_SOURCE, "tornado.template", `${TORNADO_DIR}/template.py`);
}

/** The Python functions behind the handler's template methods, as `sys.modules` never lists them. */
const HELPERS = "tornado._web_templates";

/**
 * Define render, render_string, get_template_namespace and create_template_loader on
 * RequestHandler, and its `_template_loaders` cache (one loader per template path,
 * shared by all handlers of the run). The Python behind them is compiled on first use.
 */
export function defineTemplateMethods(rt: Interpreter, type: PyType, finished: (self: PyValue) => boolean): void {
  type.dict.set("_template_loaders", new PyDict());
  let helpers: PyModule | null = null;
  const helper = (name: string): PyValue => {
    if (!helpers) {
      helpers = runSource(rt, TEMPLATE_WEB_SOURCE, HELPERS, `${TORNADO_DIR}/web.py`);
      rt.modules.delete(HELPERS);
    }
    return helpers.$dict!.get(name)!;
  };
  const forward =
    (name: string): MethodImpl =>
    (_rt, self, args, kw) =>
      rt.call(helper(name), [self, ...args], kw);
  // ui: made on first use (it holds the UI modules), None once the handler has finished.
  getter(
    type,
    "ui",
    (_rt, self) => {
      if (finished(self)) return None;
      const d = (self as PyInstance).$dict!;
      if (d.has("_ui")) return d.get("_ui")!;
      const ui = rt.call(helper("make_ui"), [self]);
      d.set("_ui", ui);
      return ui;
    },
    (_rt, self, v) => void (self as PyInstance).$dict!.set("_ui", v),
  );
  methods(type, {
    render: forward("render"),
    render_string: forward("render_string"),
    get_template_namespace: forward("get_template_namespace"),
    create_template_loader: forward("create_template_loader"),
  });
}

/**
 * Module compiler: AST to the source of a JS function. The generated code sees only
 * four free names: `$rt` (the interpreter), `$h` (the helper table it destructures),
 * `$g` (the module's globals Map) and `$file`; every Python name is a `v_`-prefixed
 * local or a key of a Map, so no Python name can reach a JS global.
 */
import type * as A from "../ast";
import { analyze } from "./scope";
import { Ctx, ModuleState, jsString } from "./context";
import { block } from "./stmt";
import { expr } from "./expr";
import { CompileError } from "./errors";
import { HELPER_NAMES } from "./helper-names";
import { mangleModule } from "./mangle";
import { annotationsSetup, futureAnnotations } from "./annotations";

export interface CompiledModule {
  /** The body of `function ($rt, $h, $g, $file)` returning the module's code function. */
  readonly js: string;
}

export type CompileResult = { ok: true; module: CompiledModule } | { ok: false; diagnostics: A.Diagnostic[] };

/**
 * What the source is compiled as: a module (it sets `__doc__`, None without a
 * docstring), code for `exec()` (it sets `__doc__` only from a docstring), or one
 * expression for `eval()` (the code function returns its value).
 */
export type CompileMode = "module" | "exec" | "eval";

export function compileModule(module: A.Module, mode: CompileMode = "module"): CompileResult {
  try {
    const mod = new ModuleState();
    module = mangleModule(module);
    const scope = analyze(module);
    const ctx = new Ctx(mod, scope, false, null);
    mod.futureAnnotations = futureAnnotations(module.body);
    const first = module.body[0];
    const docstring = first && first.kind === "expr" && first.value.kind === "str" ? first.value.value : null;
    let body: string;
    if (mode === "eval") {
      // eval() takes one expression: a statement, or a second line of code, is invalid syntax.
      const extra = module.body.find((s, i) => i > 0 || s.kind !== "expr");
      if (extra) throw new CompileError(extra, "SyntaxError", "invalid syntax");
      if (!first) throw new CompileError({ line: 1, col: 1 }, "SyntaxError", "invalid syntax");
      body = `$f.line = ${first.line}; return ${expr(ctx, (first as A.ExprStmt).value)};`;
    } else {
      const doc = docstring !== null ? jsString(docstring) : "$None";
      const setDoc = mode === "module" || docstring !== null ? `$g.set("__doc__", ${doc});` : "";
      body = setDoc + annotationsSetup(ctx, module.body) + block(ctx, module.body);
    }
    const helpers = HELPER_NAMES.map((n) => `${n}: $${n}`).join(", ");
    const js = [
      '"use strict";',
      `const {${helpers}} = $h;`,
      ...mod.constants,
      "return function () {",
      `const $f = this;${ctx.temps.length ? ` let ${ctx.temps.join(", ")};` : ""}`,
      body,
      "};",
    ].join("\n");
    return { ok: true, module: { js } };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, diagnostics: [e.toDiagnostic()] };
    throw e;
  }
}

export { CompileError };
export { Ctx };

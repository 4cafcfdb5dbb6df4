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
import { CompileError } from "./errors";
import { HELPER_NAMES } from "./helper-names";
import { mangleModule } from "./mangle";
import { annotationsSetup, futureAnnotations } from "./annotations";

export interface CompiledModule {
  /** The body of `function ($rt, $h, $g, $file)` returning the module's code function. */
  readonly js: string;
}

export type CompileResult = { ok: true; module: CompiledModule } | { ok: false; diagnostics: A.Diagnostic[] };

export function compileModule(module: A.Module): CompileResult {
  try {
    const mod = new ModuleState();
    module = mangleModule(module);
    const scope = analyze(module);
    const ctx = new Ctx(mod, scope, false, null);
    mod.futureAnnotations = futureAnnotations(module.body);
    const first = module.body[0];
    const doc = first && first.kind === "expr" && first.value.kind === "str" ? jsString(first.value.value) : "$None";
    const body = `$g.set("__doc__", ${doc});` + annotationsSetup(ctx, module.body) + block(ctx, module.body);
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

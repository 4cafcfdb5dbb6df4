/**
 * The format-spec mini-language: `format(v, spec)`, f-string fields, `str.format`.
 */
import type { PyValue } from "../../objects/core";
import type { Interpreter } from "../../interp/interpreter";

export function formatValue(rt: Interpreter, v: PyValue, spec: string): string {
  if (spec === "") return rt.str(v);
  throw rt.error("ValueError", `format spec '${spec}' is not supported yet`);
}

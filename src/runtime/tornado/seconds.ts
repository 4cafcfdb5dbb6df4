/** A Python number of seconds as a JS number. */
import { PyFloat, type PyValue } from "../../python/objects/core";
import type { Interpreter } from "../../python";

export function seconds(rt: Interpreter, v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.v;
  throw rt.error("TypeError", `unsupported type for timedelta seconds component: ${rt.repr(v)}`);
}

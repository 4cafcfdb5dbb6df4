/**
 * printf-style formatting: `"%s is %d" % (a, b)` and `b"%s" % x`.
 */
import { PyTuple, PyBytes } from "../../objects/containers";
import type { PyValue } from "../../objects/core";
import type { Interpreter } from "../../interp/interpreter";

export function percentFormat(rt: Interpreter, fmt: string, args: PyValue): string {
  const items = args instanceof PyTuple ? args.items : [args];
  let i = 0;
  return fmt.replace(/%([%sdr])/g, (_m, c: string) => {
    if (c === "%") return "%";
    const v = items[i++];
    return c === "r" ? rt.repr(v) : rt.str(v);
  });
}

export function percentFormatBytes(rt: Interpreter, fmt: PyBytes, _args: PyValue): PyBytes {
  throw rt.error("TypeError", `bytes formatting is not supported yet (${fmt.data.length} bytes)`);
}

/**
 * Assignment targets: names, attributes, subscripts, and (nested, starred) unpacking.
 */
import type * as A from "../ast";
import type { Ctx } from "./context";
import { at, expr, storeName } from "./expr";
import { CompileError } from "./errors";
import { jsString } from "./context";

/** JS statements that assign the JS value `value` (an identifier or cheap expression) to `target`. */
export function assignTo(ctx: Ctx, target: A.Expr, value: string): string {
  switch (target.kind) {
    case "name":
      return storeName(ctx, target.id, value) + ";";
    case "attribute":
      return `$sa(${expr(ctx, target.value)}, ${jsString(target.attr)}, ${at(ctx, target.span, value)});`;
    case "subscript":
      return `$si(${expr(ctx, target.value)}, ${expr(ctx, target.index)}, ${at(ctx, target.span, value)});`;
    case "tuple":
    case "list": {
      const elts = target.elts;
      const star = elts.findIndex((x) => x.kind === "starred");
      const arr = ctx.temp();
      const unpack =
        star < 0
          ? `${arr} = $unpack(${at(ctx, target.span, value)}, ${elts.length});`
          : `${arr} = $unpackex(${at(ctx, target.span, value)}, ${star}, ${elts.length - star - 1});`;
      const parts = elts.map((x, i) => {
        const t = x.kind === "starred" ? x.value : x;
        return assignTo(ctx, t, `${arr}[${i}]`);
      });
      return [unpack, ...parts].join(" ");
    }
    case "starred":
      throw new CompileError(target, "SyntaxError", "starred assignment target must be in a list or tuple");
    default:
      throw new CompileError(target, "SyntaxError", `cannot assign to ${describe(target)}`);
  }
}

function describe(e: A.Expr): string {
  switch (e.kind) {
    case "call":
      return "function call";
    case "const":
    case "str":
    case "bytes":
    case "fstring":
      return "literal";
    default:
      return "expression";
  }
}

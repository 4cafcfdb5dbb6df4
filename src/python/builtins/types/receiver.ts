/**
 * Defining the native methods of the builtin containers and numbers the way CPython's
 * descriptors behave: the receiver is type-checked (`list.append(5, 1)` is a
 * TypeError, not a crash), and the two kinds of descriptor report argument errors in
 * their own words — slot wrappers (`list.__len__`) as "expected 1 argument, got 0",
 * method descriptors (`list.append`) as "list.append() takes exactly one argument".
 */
import { PyType, typeOf, isInstance, type KwArgs, type PyValue } from "../../objects/core";
import { PyClassMethod } from "../../objects/functions";
import { PyNativeMethod } from "../../interp/attr";
import type { Interpreter } from "../../interp/interpreter";
import type { MethodImpl } from "../registry";

export type { MethodImpl };

/** A slot wrapper's positional arity: exact, or a [min, max] range. */
export type SlotArity = number | readonly [number, number];

/**
 * How a slot wrapper words an arity error: `check` ("expected 1 argument, got 0") for
 * most, `unpack` (" expected 2 arguments, got 1", with CPython's empty function name)
 * for the ones that unpack a tuple (`__pow__`, `__setitem__`).
 */
type SlotStyle = "check" | "unpack";

const UNPACK_SLOTS = new Set(["__pow__", "__rpow__", "__setitem__"]);

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

function slotArityError(rt: Interpreter, name: string, arity: SlotArity, got: number): void {
  const style: SlotStyle = UNPACK_SLOTS.has(name) ? "unpack" : "check";
  const prefix = style === "unpack" ? " " : "";
  if (typeof arity === "number") {
    if (got !== arity) throw rt.error("TypeError", `${prefix}expected ${arity} argument${plural(arity)}, got ${got}`);
    return;
  }
  const [min, max] = arity;
  if (got < min) throw rt.error("TypeError", `${prefix}expected at least ${min} argument${plural(min)}, got ${got}`);
  if (got > max) throw rt.error("TypeError", `${prefix}expected at most ${max} argument${plural(max)}, got ${got}`);
}

function define(type: PyType, name: string, impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue) {
  type.dict.set(
    name,
    new PyNativeMethod(name, (rt, args, kw) => impl(rt as Interpreter, args, kw), `${type.name}.${name}`),
  );
}

/**
 * Slot wrappers (`__len__`, `__add__`...): positional arguments only, a fixed arity,
 * and a receiver that must be an instance of `type` (or of `accept`).
 */
export function slots(
  type: PyType,
  table: Record<string, readonly [SlotArity, MethodImpl]>,
  accept: PyType = type,
): void {
  for (const [name, [arity, impl]] of Object.entries(table)) {
    define(type, name, (rt, args, kw) => {
      if (args.length === 0) {
        throw rt.error("TypeError", `descriptor '${name}' of '${type.name}' object needs an argument`);
      }
      const self = args[0];
      if (!isInstance(self, accept)) {
        throw rt.error(
          "TypeError",
          `descriptor '${name}' requires a '${type.name}' object but received a '${typeOf(self).name}'`,
        );
      }
      if (kw && kw.names.length) throw rt.error("TypeError", `wrapper ${name}() takes no keyword arguments`);
      slotArityError(rt, name, arity, args.length - 1);
      return impl(rt, self, args.slice(1), null);
    });
  }
}

/**
 * Method descriptors (`append`, `get`, and the few dunders CPython defines as methods,
 * such as `list.__getitem__`): the receiver is checked, the arguments are left to `impl`.
 */
export function natives(type: PyType, table: Record<string, MethodImpl>, accept: PyType = type): void {
  for (const [name, impl] of Object.entries(table)) {
    define(type, name, (rt, args, kw) => {
      if (args.length === 0) throw rt.error("TypeError", `unbound method ${type.name}.${name}() needs an argument`);
      const self = args[0];
      if (!isInstance(self, accept)) {
        throw rt.error(
          "TypeError",
          `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`,
        );
      }
      return impl(rt, self, args.slice(1), kw);
    });
  }
}

/** A classmethod implemented natively (`dict.fromkeys`, `int.from_bytes`): `impl` gets the class first. */
export function classMethod(
  type: PyType,
  name: string,
  impl: (rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue,
): void {
  const f = new PyNativeMethod(
    name,
    (rt, args, kw) => impl(rt as Interpreter, args[0] as PyType, args.slice(1), kw),
    `${type.name}.${name}`,
  );
  type.dict.set(name, new PyClassMethod(f));
}

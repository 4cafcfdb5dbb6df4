/**
 * `enum.Flag` (and what `enum.IntFlag`, an int mixed with it, takes from it): members are bits; `|`, `&`, `^` and `~` give members
 * or composite pseudo-members named after their bits in definition order (`Perm.R|W`),
 * `in` tests bits, iteration gives the single-bit members. A Flag rejects values with
 * unknown bits (CPython's STRICT boundary, with its message); an IntFlag keeps them.
 */
import { PyBuiltin, PyObject, PyType, None, NotImplemented, intType, typeOf, type PyValue } from "../objects/core";
import type { PyDict, PyList } from "../objects/containers";
import { PyStaticMethod } from "../objects/functions";
import { arrayIterator } from "../interp/iter";
import { createType } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import { defClassMethod, defMethods } from "./util";

/** What enum.ts shares with this file. */
export interface EnumParts {
  readonly meta: PyType;
  readonly enumBase: PyType;
  /** The canonical members of an enum class in definition order, and its value → member table. */
  readonly membersOf: (cls: PyType) => { readonly ordered: PyValue[]; readonly byValue: PyDict } | undefined;
  /** A new member object of an enum class for a value, its `_value_` set. */
  readonly newMember: (rt: Interpreter, cls: PyType, value: PyValue) => PyObject;
}

const attr = (self: PyValue, n: string) => (self as PyObject).$dict!.get(n);

function bigOf(v: PyValue): bigint {
  return BigInt(typeof v === "boolean" ? (v ? 1 : 0) : (v as number | bigint));
}

/** enum._bin: `0b0 1000` (sign digit, then the bits, padded to `bits`). */
function enumBin(n: bigint, bits: number): string {
  const ceiling = 1n << BigInt(n.toString(2).length);
  const s = "0b" + (n + ceiling).toString(2).replace("1", "0");
  let digits = s.slice(3);
  if (digits.length < bits) digits = (s[2]!.repeat(bits) + digits).slice(-bits);
  return `${s.slice(0, 3)} ${digits}`;
}

/** The Flag class; an int flag (IntFlag) keeps values with unknown bits. */
export function flagClass(rt0: Interpreter, parts: EnumParts): PyType {
  const { meta, enumBase, membersOf, newMember } = parts;
  const flag = createType(rt0, meta, "Flag", [enumBase], new Map<string, PyValue>([["__module__", "enum"]]));

  /** The single-bit members whose bits are all in `value`, in definition order. */
  const bitsOf = (cls: PyType, value: bigint): PyValue[] => {
    const out: PyValue[] = [];
    for (const m of membersOf(cls)?.ordered ?? []) {
      const v = bigOf(attr(m, "_value_")!);
      if (v !== 0n && (v & (v - 1n)) === 0n && (value & v) === v) out.push(m);
    }
    return out;
  };
  const allBits = (cls: PyType): bigint => {
    let all = 0n;
    for (const m of membersOf(cls)?.ordered ?? []) all |= bigOf(attr(m, "_value_")!);
    return all;
  };
  const isInt = (cls: PyType) => cls.mro.includes(intType);

  /** The member for `value`: a defined one, or a composite pseudo-member (made once). */
  const memberFor = (rt: Interpreter, cls: PyType, value: bigint): PyValue => {
    const m = membersOf(cls)!;
    const asInt =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    const hit = rt.dictGet(m.byValue, asInt);
    if (hit !== undefined) return hit;
    const all = allBits(cls);
    if (!isInt(cls) && (value < 0n || (value & ~all) !== 0n)) {
      const bits = Math.max(value.toString(2).length, all.toString(2).length);
      throw rt.error(
        "ValueError",
        `${rt.repr(cls)} invalid value ${value}\n    given ${enumBin(value, bits)}\n  allowed ${enumBin(all, bits)}`,
      );
    }
    const names = bitsOf(cls, value).map((x) => attr(x, "_name_") as string);
    const extra = value & ~all;
    // Unknown bits are named after the known ones; with no known bit there is no name.
    const named = names.length > 0;
    if (extra !== 0n) names.push(String(extra));
    const pseudo = newMember(rt, cls, asInt);
    pseudo.$dict!.set("_name_", named ? names.join("|") : None);
    rt.dictSet(m.byValue, asInt, pseudo);
    return pseudo;
  };

  defClassMethod(flag, "_missing_", (rt, cls, [value]) => {
    if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") return None;
    return memberFor(rt, cls, bigOf(value));
  });
  flag.dict.set(
    "_generate_next_value_",
    new PyStaticMethod(
      new PyBuiltin("_generate_next_value_", (_rt, args) => {
        const [, start, count, last] = args;
        if (!count) return start === None ? 1 : start!;
        let high = 0n;
        for (const v of (last as PyList).items) if (bigOf(v) > high) high = bigOf(v);
        return Number(1n << BigInt(high.toString(2).length));
      }),
    ),
  );

  const valueOf = (v: PyValue): bigint | null =>
    v instanceof PyObject && v.$dict?.has("_value_") ? bigOf(v.$dict.get("_value_")!) : null;
  const binary = (op: (a: bigint, b: bigint) => bigint) => (rt: Interpreter, self: PyValue, args: PyValue[]) => {
    const cls = typeOf(self);
    const o = args[0]!;
    let other: bigint | null = null;
    if (o instanceof PyObject && rt.isInstance(o, cls)) other = valueOf(o);
    else if (isInt(cls) && (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean")) other = bigOf(o);
    if (other === null) return NotImplemented;
    return memberFor(rt, cls, op(valueOf(self)!, other));
  };
  defMethods(flag, {
    __or__: binary((a, b) => a | b),
    __ror__: binary((a, b) => a | b),
    __and__: binary((a, b) => a & b),
    __rand__: binary((a, b) => a & b),
    __xor__: binary((a, b) => a ^ b),
    __rxor__: binary((a, b) => a ^ b),
    __invert__: (rt, self) => {
      const cls = typeOf(self);
      const v = valueOf(self)!;
      return memberFor(rt, cls, allBits(cls) & ~v);
    },
    __contains__: (rt, self, [o]) => {
      if (!(o instanceof PyObject) || !rt.isInstance(o, typeOf(self))) {
        throw rt.error(
          "TypeError",
          `unsupported operand type(s) for 'in': '${typeOf(o).qualname}' and '${typeOf(self).qualname}'`,
        );
      }
      const b = valueOf(o)!;
      return (valueOf(self)! & b) === b;
    },
    __iter__: (_rt, self) => arrayIterator("generator", bitsOf(typeOf(self), valueOf(self)!)),
    __len__: (_rt, self) => bitsOf(typeOf(self), valueOf(self)!).length,
    __bool__: (_rt, self) => valueOf(self)! !== 0n,
    __repr__: (rt, self) => {
      const name = attr(self, "_name_");
      const cls = typeOf(self).name;
      const v = rt.repr(attr(self, "_value_")!);
      return name === None ? `<${cls}: ${v}>` : `<${cls}.${name as string}: ${v}>`;
    },
    __str__: (rt, self) => {
      const name = attr(self, "_name_");
      const cls = typeOf(self).name;
      return name === None ? `${cls}(${rt.repr(attr(self, "_value_")!)})` : `${cls}.${name as string}`;
    },
  });
  return flag;
}

/**
 * CPython 3.11's hash functions for the values whose hash does not depend on the
 * process: ints, bools, floats, and tuples and frozensets built from them. Strings,
 * bytes, None and plain objects hash differently in every CPython run (randomized, or
 * by address), so programs cannot depend on them and {@link stableHash} returns
 * undefined for them. Hashes are signed 64-bit values held in bigints.
 */
import { PyFloat, typeOf, normInt, type PyValue } from "../../objects/core";
import { PyTuple, PySet, frozensetType, tupleType } from "../../objects/containers";

const BITS = 61n;
const MODULUS = (1n << BITS) - 1n; // 2**61 - 1
const U64 = (1n << 64n) - 1n;
const INF_HASH = 314159n;

/** A signed 64-bit value as the unsigned 64-bit pattern CPython's hash code computes with. */
export function toUnsigned(h: bigint): bigint {
  return h & U64;
}

/** An unsigned 64-bit pattern back to the signed hash value. */
function toSigned(u: bigint): bigint {
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

/** `hash(n)` for an int: n modulo 2**61-1 with n's sign, and -1 reserved (it becomes -2). */
export function intHash(v: number | bigint | boolean): bigint {
  const b = BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v);
  const neg = b < 0n;
  let h = (neg ? -b : b) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/**
 * `hash(x)` for a float: the exact rational value of x reduced modulo 2**61-1, so that
 * equal ints and floats hash alike. NaN hashes by identity in CPython; 0 stands in.
 */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? INF_HASH : -INF_HASH;
  if (x === 0) return 0n;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (e === 0) exp2 = -1074;
  else {
    mant |= 1n << 52n;
    exp2 = e - 1075;
  }
  // |x| = mant * 2**exp2, and 2**61 == 1 modulo 2**61-1, so 2**exp2 == 2**(exp2 mod 61).
  const shift = BigInt(((exp2 % 61) + 61) % 61);
  let h = ((mant % MODULUS) << shift) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython's tuple hash (an xxHash variant) over the items' hashes. */
export function tupleHash(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + toUnsigned(h) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796n;
  return toSigned(acc);
}

function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & U64;
}

/** CPython's frozenset hash: order-independent, from the elements' hashes. */
export function frozensetHash(elementHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of elementHashes) hash ^= shuffleBits(toUnsigned(h));
  hash ^= ((BigInt(elementHashes.length) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  return toSigned(hash);
}

/** CPython's hash of `v` when it is the same in every run; undefined otherwise. */
export function stableHash(v: PyValue): bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return intHash(v);
    case "string":
      return undefined;
  }
  if (v instanceof PyFloat) return floatHash(v.v);
  if (v instanceof PyTuple && typeOf(v) === tupleType) {
    const hs: bigint[] = [];
    for (const x of v.items) {
      const h = stableHash(x);
      if (h === undefined) return undefined;
      hs.push(h);
    }
    return tupleHash(hs);
  }
  if (v instanceof PySet && v.$cls === frozensetType) {
    const hs: bigint[] = [];
    for (const e of v.table.map.values()) {
      const h = stableHash(e.key);
      if (h === undefined) return undefined;
      hs.push(h);
    }
    return frozensetHash(hs);
  }
  return undefined;
}

/** A hash as the Python int a `__hash__` method returns. */
export function hashValue(h: bigint): number | bigint {
  return normInt(h);
}

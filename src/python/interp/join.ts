/**
 * `sep.join(items)` for long lists of ASCII strs: V8's Array.prototype.join builds a
 * long string slowly (5 ms for 200,000 short items, where CPython takes 1.7), so the
 * characters are copied into one byte buffer and decoded at once. Anything else (a
 * non-str item, a non-ASCII character) returns null and takes the general path.
 */

// Decoding is stateless without `stream`, so one decoder serves every call.
const LATIN1 = new TextDecoder("latin1");

/** Below this many items the native join is as fast. */
const MIN_ITEMS = 512;

export function asciiJoin(sep: string, items: readonly unknown[], maxLength: number): string | null {
  if (items.length < MIN_ITEMS) return null;
  let n = sep.length * (items.length - 1);
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    if (typeof s !== "string") return null;
    n += s.length;
  }
  if (n > maxLength) return null; // the general path raises MemoryError
  for (let j = 0; j < sep.length; j++) if (sep.charCodeAt(j) > 0x7f) return null;
  const out = new Uint8Array(n);
  let p = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) for (let j = 0; j < sep.length; j++) out[p++] = sep.charCodeAt(j);
    const s = items[i] as string;
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c > 0x7f) return null;
      out[p++] = c;
    }
  }
  return LATIN1.decode(out);
}

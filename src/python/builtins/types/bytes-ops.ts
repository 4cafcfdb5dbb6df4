/**
 * The algorithms behind bytes and bytearray methods, over Uint8Array: searching,
 * splitting, stripping, ASCII case mapping and classes, hex conversion. They follow
 * CPython's stringlib, so `maxsplit`, empty needles and ASCII whitespace behave the same.
 */

/** ASCII whitespace as bytes.isspace/split/strip see it: space, \t \n \v \f \r. */
export const isSpaceByte = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);
export const isLowerByte = (b: number): boolean => b >= 0x61 && b <= 0x7a;
export const isUpperByte = (b: number): boolean => b >= 0x41 && b <= 0x5a;
export const isAlphaByte = (b: number): boolean => isLowerByte(b) || isUpperByte(b);
export const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** First index >= from (and whose match ends by `end`) of `needle` in `hay`, or -1. */
export function bytesIndexOf(hay: Uint8Array, needle: Uint8Array, from = 0, end = hay.length): number {
  const m = needle.length;
  if (m === 0) return from <= end ? from : -1;
  const first = needle[0]!;
  for (let i = hay.indexOf(first, from); i >= 0 && i + m <= end; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < m && hay[i + j] === needle[j]) j++;
    if (j === m) return i;
  }
  return -1;
}

/** Last index >= start whose match ends by `end`, or -1. */
export function bytesLastIndexOf(hay: Uint8Array, needle: Uint8Array, start = 0, end = hay.length): number {
  const m = needle.length;
  for (let i = end - m; i >= start; i--) {
    let j = 0;
    while (j < m && hay[i + j] === needle[j]) j++;
    if (j === m) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of `needle` in hay[start:end]. */
export function bytesCount(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  if (needle.length === 0) return end - start + 1;
  let n = 0;
  for (let i = bytesIndexOf(hay, needle, start, end); i >= 0; i = bytesIndexOf(hay, needle, i + needle.length, end))
    n++;
  return n;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `split(None, maxsplit)`. */
export function splitWhitespace(d: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = d.length;
  let i = 0;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i < n && isSpaceByte(d[i]!)) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceByte(d[i]!)) i++;
    out.push(d.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceByte(d[i]!)) i++;
    if (i !== n) out.push(d.slice(i));
  }
  return out;
}

/** `rsplit(None, maxsplit)`. */
export function rsplitWhitespace(d: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = d.length - 1;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i >= 0 && isSpaceByte(d[i]!)) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceByte(d[i]!)) i--;
    out.push(d.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceByte(d[i]!)) i--;
    if (i >= 0) out.push(d.slice(0, i + 1));
  }
  return out.reverse();
}

/** `split(sep, maxsplit)` with a non-empty separator. */
export function splitSep(d: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let k = 0; maxsplit < 0 || k < maxsplit; k++) {
    const i = bytesIndexOf(d, sep, from);
    if (i < 0) break;
    out.push(d.slice(from, i));
    from = i + sep.length;
  }
  out.push(d.slice(from));
  return out;
}

/** `rsplit(sep, maxsplit)` with a non-empty separator. */
export function rsplitSep(d: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let to = d.length;
  for (let k = 0; maxsplit < 0 || k < maxsplit; k++) {
    const i = bytesLastIndexOf(d, sep, 0, to);
    if (i < 0) break;
    out.push(d.slice(i + sep.length, to));
    to = i;
  }
  out.push(d.slice(0, to));
  return out.reverse();
}

/** `splitlines(keepends)`: \n, \r and \r\n only. */
export function splitLines(d: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = d.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && d[i] !== 0x0a && d[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      if (d[i] === 0x0d && i + 1 < n && d[i + 1] === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(d.slice(j, eol));
  }
  return out;
}

/** Strip ASCII whitespace (chars null) or any byte of `chars`. */
export function strip(d: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const drop = chars === null ? isSpaceByte : (b: number) => chars.includes(b);
  let i = 0;
  let j = d.length;
  if (left) while (i < j && drop(d[i]!)) i++;
  if (right) while (j > i && drop(d[j - 1]!)) j--;
  return d.slice(i, j);
}

/** `replace(old, new, count)`. */
export function replace(d: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count === 0) return d.slice();
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    const n = count < 0 ? d.length + 1 : Math.min(count, d.length + 1);
    for (let i = 0; i < d.length; i++) {
      if (i < n) parts.push(rep);
      parts.push(d.subarray(i, i + 1));
    }
    if (n > d.length) parts.push(rep);
    return concat(parts);
  }
  let from = 0;
  for (let done = 0; count < 0 || done < count; done++) {
    const i = bytesIndexOf(d, old, from);
    if (i < 0) break;
    parts.push(d.subarray(from, i), rep);
    from = i + old.length;
  }
  parts.push(d.subarray(from));
  return concat(parts);
}

export function mapBytes(d: Uint8Array, f: (b: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]!, i);
  return out;
}

export const lower = (d: Uint8Array): Uint8Array => mapBytes(d, (b) => (isUpperByte(b) ? b + 32 : b));
export const upper = (d: Uint8Array): Uint8Array => mapBytes(d, (b) => (isLowerByte(b) ? b - 32 : b));
export const swapcase = (d: Uint8Array): Uint8Array =>
  mapBytes(d, (b) => (isUpperByte(b) ? b + 32 : isLowerByte(b) ? b - 32 : b));
export const capitalize = (d: Uint8Array): Uint8Array =>
  mapBytes(d, (b, i) => (i === 0 ? (isLowerByte(b) ? b - 32 : b) : isUpperByte(b) ? b + 32 : b));

export function title(d: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(d, (b) => {
    const r = prevCased ? (isUpperByte(b) ? b + 32 : b) : isLowerByte(b) ? b - 32 : b;
    prevCased = isAlphaByte(b);
    return r;
  });
}

function all(d: Uint8Array, pred: (b: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (const b of d) if (!pred(b)) return false;
  return true;
}

export const isAlpha = (d: Uint8Array): boolean => all(d, isAlphaByte);
export const isAlnum = (d: Uint8Array): boolean => all(d, (b) => isAlphaByte(b) || isDigitByte(b));
export const isDigit = (d: Uint8Array): boolean => all(d, isDigitByte);
export const isSpace = (d: Uint8Array): boolean => all(d, isSpaceByte);
export const isAscii = (d: Uint8Array): boolean => d.every((b) => b < 0x80);

export function isLower(d: Uint8Array): boolean {
  let cased = false;
  for (const b of d) {
    if (isUpperByte(b)) return false;
    if (isLowerByte(b)) cased = true;
  }
  return cased;
}

export function isUpper(d: Uint8Array): boolean {
  let cased = false;
  for (const b of d) {
    if (isLowerByte(b)) return false;
    if (isUpperByte(b)) cased = true;
  }
  return cased;
}

export function isTitle(d: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const b of d) {
    if (isUpperByte(b)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerByte(b)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** `expandtabs(tabsize)`: columns restart after \n and \r. */
export function expandTabs(d: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const b of d) {
    if (b === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        for (let k = 0; k < incr; k++) out.push(0x20);
      }
    } else {
      col++;
      out.push(b);
      if (b === 0x0a || b === 0x0d) col = 0;
    }
  }
  return Uint8Array.from(out);
}

/** Pad to `width` with `fill`, as ljust (<), rjust (>) and center (^) do. */
export function pad(d: Uint8Array, width: number, fill: number, how: "<" | ">" | "^"): Uint8Array {
  const marg = width - d.length;
  if (marg <= 0) return d.slice();
  const left = how === "<" ? 0 : how === ">" ? marg : Math.floor(marg / 2) + (marg & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(d, left);
  return out;
}

/** `zfill(width)`: zeros after a leading sign. */
export function zfill(d: Uint8Array, width: number): Uint8Array {
  if (d.length >= width) return d.slice();
  const out = pad(d, width, 0x30, ">");
  const fill = width - d.length;
  if (out[fill] === 0x2b || out[fill] === 0x2d) {
    out[0] = out[fill]!;
    out[fill] = 0x30;
  }
  return out;
}

const HEX = "0123456789abcdef";

/** `hex(sep, bytes_per_sep)`: groups counted from the right (positive) or the left (negative). */
export function toHex(d: Uint8Array, sep: string, perSep: number): string {
  const digits: string[] = Array.from(d, (b) => HEX[b >> 4]! + HEX[b & 15]!);
  if (!sep || perSep === 0 || d.length === 0) return digits.join("");
  const size = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    for (let end = digits.length; end > 0; end -= size)
      groups.unshift(digits.slice(Math.max(0, end - size), end).join(""));
  } else {
    for (let start = 0; start < digits.length; start += size) groups.push(digits.slice(start, start + size).join(""));
  }
  return groups.join(sep);
}

/** `bytes.fromhex(s)`: pairs of hex digits, whitespace between pairs; returns the failing position on error. */
export function fromHex(s: string): Uint8Array | number {
  const out: number[] = [];
  let i = 0;
  const hex = (c: string | undefined) => (c === undefined ? -1 : parseInt(c, 16));
  while (i < s.length) {
    if (/\s/.test(s[i]!) && s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const hi = hex(s[i]);
    if (Number.isNaN(hi) || hi < 0) return i;
    const lo = hex(s[i + 1]);
    if (Number.isNaN(lo) || lo < 0) return i + 1;
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/**
 * Splitting, stripping and padding Python strings, following CPython's algorithms
 * (stringlib/split.h, unicodeobject.c) so edge cases such as `maxsplit` with runs of
 * whitespace give the same pieces. Python's whitespace and line breaks are all in the
 * BMP and never surrogates, so scanning UTF-16 code units is exact.
 */
import { hasSurrogates, isSpaceCode, isLineBreakCode } from "./str-unicode";
import { cpLength } from "./str-search";
import type { Interpreter } from "../../interp/interpreter";

const isSpaceAt = (s: string, i: number): boolean => isSpaceCode(s.charCodeAt(i));

/** `s.split(None, maxsplit)`. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i < n && isSpaceAt(s, i)) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceAt(s, i)) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceAt(s, i)) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** `s.rsplit(None, maxsplit)`. */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i >= 0 && isSpaceAt(s, i)) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceAt(s, i)) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceAt(s, i)) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** `s.split(sep, maxsplit)` with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < maxsplit; k++) {
    const i = s.indexOf(sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

/** `s.rsplit(sep, maxsplit)` with a non-empty separator. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let to = s.length;
  for (let k = 0; k < maxsplit; k++) {
    if (to < sep.length) break;
    const i = s.lastIndexOf(sep, to - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, to));
    to = i;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

/** `s.splitlines(keepends)`. */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreakCode(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** Strip whitespace (chars null) or any of `chars` from the left, right or both ends. */
export function strStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && isSpaceAt(s, i)) i++;
    if (right) while (j > i && isSpaceAt(s, j - 1)) j--;
    return s.slice(i, j);
  }
  if (hasSurrogates(s) || hasSurrogates(chars)) {
    const set = new Set(Array.from(chars));
    const cps = Array.from(s);
    let i = 0;
    let j = cps.length;
    if (left) while (i < j && set.has(cps[i]!)) i++;
    if (right) while (j > i && set.has(cps[j - 1]!)) j--;
    return cps.slice(i, j).join("");
  }
  let i = 0;
  let j = s.length;
  if (chars.length === 1) {
    if (left) while (i < j && s[i] === chars) i++;
    if (right) while (j > i && s[j - 1] === chars) j--;
  } else {
    if (left) while (i < j && chars.includes(s[i]!)) i++;
    if (right) while (j > i && chars.includes(s[j - 1]!)) j--;
  }
  return s.slice(i, j);
}

/** `s.expandtabs(tabsize)`: columns count code points and restart after \n and \r. */
export function expandTabs(rt: Interpreter, s: string, tabsize: number): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        rt.checkLength(out.length + incr);
        out += " ".repeat(incr);
      }
    } else {
      col++;
      out += ch;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}

/** Pad `s` to `width` code points with `fill`: left, right or centred as str.center does. */
export function strPad(rt: Interpreter, s: string, width: number, fill: string, how: "<" | ">" | "^"): string {
  const len = cpLength(s);
  const marg = width - len;
  if (marg <= 0) return s;
  rt.checkLength(s.length + marg * fill.length);
  if (how === "<") return s + fill.repeat(marg);
  if (how === ">") return fill.repeat(marg) + s;
  // CPython: left = marg/2 + (marg & width & 1).
  const leftPad = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(leftPad) + s + fill.repeat(marg - leftPad);
}

/** `s.zfill(width)`: zeros after a leading sign. */
export function strZfill(rt: Interpreter, s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  rt.checkLength(width);
  const zeros = "0".repeat(width - len);
  if (s[0] === "+" || s[0] === "-") return s[0] + zeros + s.slice(1);
  return zeros + s;
}

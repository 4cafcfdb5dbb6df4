/**
 * Searching in Python strings by code point: find/rfind/count/startswith/replace.
 * JS strings are UTF-16, so positions are converted where a string holds astral
 * characters; strings without surrogates (nearly all) take the direct path.
 */
import type { PyValue } from "../../objects/core";
import type { Interpreter } from "../../interp/interpreter";
import { hasSurrogates } from "./str-unicode";
import { adjustIndices } from "./text-index";

/** The length of `s` in code points. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return n;
}

/** The UTF-16 offset of code point `cp` (0 <= cp <= cpLength(s)). */
export function unitOffset(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++, i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return i;
}

/** The code point index of UTF-16 offset `unit` (at a character boundary). */
export function cpIndex(s: string, unit: number): number {
  return cpLength(s.slice(0, unit));
}

/**
 * A search window: `s[start:end]` in code points, as UTF-16 offsets, or null when the
 * window is shorter than `subLen` code points (then nothing can match).
 */
interface Window {
  astral: boolean;
  /** Code point bounds. */
  start: number;
  end: number;
  /** UTF-16 bounds. */
  ustart: number;
  uend: number;
}

function window(rt: Interpreter, s: string, sub: string, start: PyValue, end: PyValue): Window | null {
  const astral = hasSurrogates(s);
  const len = astral ? cpLength(s) : s.length;
  const subLen = astral ? cpLength(sub) : sub.length;
  const [st, en] = adjustIndices(rt, start, end, len);
  if (en - st < subLen) return null;
  if (!astral) return { astral, start: st, end: en, ustart: st, uend: en };
  return { astral, start: st, end: en, ustart: unitOffset(s, st), uend: unitOffset(s, en) };
}

/** `s.find(sub, start, end)`. */
export function strFind(rt: Interpreter, s: string, sub: string, start?: PyValue, end?: PyValue): number {
  const w = window(rt, s, sub, start, end);
  if (!w) return -1;
  const i = w.uend === s.length ? s.indexOf(sub, w.ustart) : s.slice(0, w.uend).indexOf(sub, w.ustart);
  if (i < 0) return -1;
  return w.astral ? cpIndex(s, i) : i;
}

/** `s.rfind(sub, start, end)`. */
export function strRfind(rt: Interpreter, s: string, sub: string, start?: PyValue, end?: PyValue): number {
  const w = window(rt, s, sub, start, end);
  if (!w) return -1;
  const i = s.lastIndexOf(sub, w.uend - sub.length);
  if (i < w.ustart) return -1;
  return w.astral ? cpIndex(s, i) : i;
}

/** `s.count(sub, start, end)`: non-overlapping occurrences. */
export function strCount(rt: Interpreter, s: string, sub: string, start?: PyValue, end?: PyValue): number {
  const w = window(rt, s, sub, start, end);
  if (!w) return 0;
  if (sub.length === 0) return w.end - w.start + 1;
  let n = 0;
  for (let i = s.indexOf(sub, w.ustart); i >= 0 && i + sub.length <= w.uend; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** Whether `sub` matches `s[start:end]` at its start (`atEnd` false) or its end. */
export function strTailMatch(
  rt: Interpreter,
  s: string,
  sub: string,
  start: PyValue,
  end: PyValue,
  atEnd: boolean,
): boolean {
  const w = window(rt, s, sub, start, end);
  if (!w) return false;
  if (sub.length === 0) return true;
  return atEnd ? s.slice(w.uend - sub.length, w.uend) === sub : s.startsWith(sub, w.ustart);
}

/** `s.replace(old, new, count)`; count < 0 replaces every occurrence. */
export function strReplace(rt: Interpreter, s: string, old: string, rep: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    // An empty pattern matches before every code point and at the end.
    const chars = Array.from(s);
    const n = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
    rt.checkLength(s.length + n * rep.length);
    let out = "";
    for (let i = 0; i < chars.length; i++) out += i < n ? rep + chars[i] : chars[i];
    return n > chars.length ? out + rep : out;
  }
  if (count < 0) {
    if (rep.length > old.length) rt.checkLength(s.length + strCountAll(s, old) * (rep.length - old.length));
    return s.split(old).join(rep);
  }
  let out = "";
  let from = 0;
  for (let done = 0; done < count; done++) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    out += s.slice(from, i) + rep;
    from = i + old.length;
    rt.checkLength(out.length);
  }
  return out + s.slice(from);
}

function strCountAll(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

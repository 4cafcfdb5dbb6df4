/**
 * `json.loads`: CPython's scanner (json/decoder.py and _json.c), with its error
 * messages and positions. Positions are reported in code points, as Python counts.
 */
import { None, normInt, type PyValue } from "../objects/core";
import { PyList, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { float } from "./util";

/** Hooks of `json.loads` (None when not given). */
export interface DecodeOptions {
  readonly objectHook: PyValue;
  readonly objectPairsHook: PyValue;
  readonly parseFloat: PyValue;
  readonly parseInt: PyValue;
  readonly parseConstant: PyValue;
  readonly strict: boolean;
}

/** A decode failure: the message and the UTF-16 offset where it was found. */
export class DecodeFailure {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/** Parse a whole document; throws {@link DecodeFailure} or Python exceptions from hooks. */
export function decode(rt: Interpreter, s: string, o: DecodeOptions): PyValue {
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(s);
    i = WS.lastIndex;
  };
  const fail = (msg: string, pos: number): never => {
    throw new DecodeFailure(msg, pos);
  };

  const constant = (name: string, value: number): PyValue =>
    o.parseConstant !== None ? rt.call(o.parseConstant, [name]) : float(value);

  const value = (): PyValue => {
    const c = s[i];
    switch (c) {
      case '"':
        return string();
      case "{":
        return object();
      case "[":
        return array();
      case "n":
        if (s.startsWith("null", i)) {
          i += 4;
          return None;
        }
        break;
      case "t":
        if (s.startsWith("true", i)) {
          i += 4;
          return true;
        }
        break;
      case "f":
        if (s.startsWith("false", i)) {
          i += 5;
          return false;
        }
        break;
      case "N":
        if (s.startsWith("NaN", i)) {
          i += 3;
          return constant("NaN", NaN);
        }
        break;
      case "I":
        if (s.startsWith("Infinity", i)) {
          i += 8;
          return constant("Infinity", Infinity);
        }
        break;
      case "-":
        if (s.startsWith("-Infinity", i)) {
          i += 9;
          return constant("-Infinity", -Infinity);
        }
        break;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m) {
      i = NUMBER.lastIndex;
      const text = m[0];
      if (m[1] !== undefined || m[2] !== undefined) {
        return o.parseFloat !== None ? rt.call(o.parseFloat, [text]) : float(Number(text));
      }
      if (o.parseInt !== None) return rt.call(o.parseInt, [text]);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n || 0 : normInt(BigInt(text));
    }
    return fail("Expecting value", i);
  };

  const string = (): string => {
    const start = i;
    i++;
    let out = "";
    for (;;) {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || (c < 0x20 && o.strict)) break;
        j++;
      }
      out += s.slice(i, j);
      i = j;
      if (i >= s.length) fail("Unterminated string starting at", start);
      const c = s[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c !== "\\") fail("Invalid control character at", i);
      const esc = s[i + 1];
      if (esc === undefined) fail("Unterminated string starting at", start);
      if (esc !== "u") {
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        const r = simple[esc!];
        if (r === undefined) fail("Invalid \\escape", i);
        out += r;
        i += 2;
        continue;
      }
      const hex = (at: number): number => {
        const h = s.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) fail("Invalid \\uXXXX escape", at - 1);
        return parseInt(h, 16);
      };
      let cp = hex(i + 2);
      i += 6;
      if (cp >= 0xd800 && cp <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
        const lo = hex(i + 2);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(cp);
    }
  };

  const object = (): PyValue => {
    i++;
    const pairs: [string, PyValue][] = [];
    skip();
    if (s[i] === "}") {
      i++;
      return finishObject(pairs);
    }
    for (;;) {
      if (s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
      const key = string();
      skip();
      if (s[i] !== ":") fail("Expecting ':' delimiter", i);
      i++;
      skip();
      pairs.push([key, value()]);
      skip();
      if (s[i] === "}") {
        i++;
        return finishObject(pairs);
      }
      if (s[i] !== ",") fail("Expecting ',' delimiter", i);
      i++;
      skip();
    }
  };

  const finishObject = (pairs: [string, PyValue][]): PyValue => {
    if (o.objectPairsHook !== None) {
      return rt.call(o.objectPairsHook, [new PyList(pairs.map(([k, v]) => new PyTuple([k, v])))]);
    }
    const d = rt.newDict();
    for (const [k, v] of pairs) rt.dictSet(d, k, v);
    return o.objectHook !== None ? rt.call(o.objectHook, [d]) : d;
  };

  const array = (): PyValue => {
    i++;
    const items: PyValue[] = [];
    skip();
    if (s[i] === "]") {
      i++;
      return new PyList(items);
    }
    for (;;) {
      items.push(value());
      rt.checkLength(items.length);
      skip();
      if (s[i] === "]") {
        i++;
        return new PyList(items);
      }
      if (s[i] !== ",") fail("Expecting ',' delimiter", i);
      i++;
      skip();
    }
  };

  skip();
  const result = value();
  skip();
  if (i !== s.length) fail("Extra data", i);
  return result;
}

/** A UTF-16 offset in `s` as a code-point offset (what Python reports). */
export function codePointPos(s: string, pos: number): number {
  let n = pos;
  for (let k = 0; k < pos - 1; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

/**
 * Turning a parsed Python pattern into JavaScript RegExp source (for the `u` and `d`
 * flags) that matches the same strings: Python's Unicode `\w`/`\d`/`\s`/`\b`, `.`
 * without DOTALL excluding only `\n`, `$` also matching before a final newline,
 * MULTILINE anchors on `\n` only, scoped inline flags, atomic groups and possessive
 * repeats (a lookahead and a back-reference to a hidden group).
 */
import { FLAG, RegexError, type ClassItem, type Node, type Parsed } from "./re-parse";

/** JS source for the parsed pattern, and where each Python group landed. */
export interface Emitted {
  readonly source: string;
  /** Python group number → JS group number (index 0 is the whole match). */
  readonly jsIndex: readonly number[];
  readonly ignoreCase: boolean;
}

const W_UNI = "\\p{L}\\p{N}_";
const D_UNI = "\\p{Nd}";
const S_UNI = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const W_ASCII = "A-Za-z0-9_";
const D_ASCII = "0-9";
const S_ASCII = "\\t\\n\\x0b\\x0c\\r ";

function catBody(kind: "d" | "w" | "s", ascii: boolean): string {
  if (kind === "w") return ascii ? W_ASCII : W_UNI;
  if (kind === "d") return ascii ? D_ASCII : D_UNI;
  return ascii ? S_ASCII : S_UNI;
}

const SYNTAX = "\\^$.|?*+()[]{}/";

function litOut(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (SYNTAX.includes(ch)) return "\\" + ch;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) return `\\u{${cp.toString(16)}}`;
  return ch;
}

function classChar(cp: number): string {
  return /[A-Za-z0-9]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`;
}

/** The code points equal to `cp` ignoring case (simple case mappings). */
function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out = new Set([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const arr = Array.from(v);
    if (arr.length === 1) out.add(arr[0]!.codePointAt(0)!);
  }
  return [...out];
}

/** A pattern feature JavaScript cannot express (conditional groups). */
export class UnsupportedPattern {
  constructor(readonly msg: string) {}
}

/** Emit JS source for a parsed pattern. */
export function emitPattern(p: Parsed): Emitted {
  const globalI = (p.flags & FLAG.IGNORECASE) !== 0;
  const jsIndex: number[] = [0];
  let js = 0;

  const lit = (cp: number, ci: boolean): string => {
    if (!ci || globalI) return litOut(cp);
    const vs = caseVariants(cp);
    return vs.length === 1 ? litOut(cp) : "[" + vs.map(classChar).join("") + "]";
  };

  const rangeOut = (lo: number, hi: number): string =>
    lo === hi ? classChar(lo) : `${classChar(lo)}-${classChar(hi)}`;

  const classOut = (items: ClassItem[], neg: boolean, ci: boolean): string => {
    let pos = "";
    const negCats: string[] = [];
    for (const it of items) {
      if (it.t === "cat") {
        const body = catBody(it.kind, (p.flags & FLAG.ASCII) !== 0);
        if (it.neg) negCats.push(body);
        else pos += body;
        continue;
      }
      pos += rangeOut(it.lo, it.hi);
      if (ci && !globalI) {
        // Scoped IGNORECASE: add the other case of each member (small ranges enumerated).
        const span = it.hi - it.lo;
        if (span <= 512) {
          for (let c = it.lo; c <= it.hi; c++) for (const v of caseVariants(c)) if (v !== c) pos += classChar(v);
        }
      }
    }
    if (negCats.length === 0) return pos === "" && !neg ? "[^\\s\\S]" : `[${neg ? "^" : ""}${pos}]`;
    if (!neg) {
      const alts = negCats.map((b) => `[^${b}]`);
      if (pos) alts.unshift(`[${pos}]`);
      return `(?:${alts.join("|")})`;
    }
    // Not (P or not N1 or not N2...) = not P and N1 and N2...: lookaheads, then one character.
    const last = negCats[negCats.length - 1]!;
    const checks = negCats.slice(0, -1).map((b) => `(?=[${b}])`);
    return `(?:${pos ? `(?![${pos}])` : ""}${checks.join("")}[${last}])`;
  };

  const atomicWrap = (inner: () => string): string => {
    const k = ++js;
    return `(?:(?=(${inner()}))\\${k})`;
  };

  const quant = (min: number, max: number): string => {
    if (min === 0 && max === Infinity) return "*";
    if (min === 1 && max === Infinity) return "+";
    if (min === 0 && max === 1) return "?";
    if (min === max) return `{${min}}`;
    if (max === Infinity) return `{${min},}`;
    return `{${min},${max}}`;
  };

  const emit = (n: Node): string => {
    switch (n.t) {
      case "seq":
        return n.items.map(emit).join("");
      case "alt":
        return `(?:${n.alts.map(emit).join("|")})`;
      case "lit":
        return lit(n.cp, n.ci);
      case "any":
        return n.dotall ? "[\\s\\S]" : "[^\\n]";
      case "class":
        return classOut(n.items, n.neg, n.ci);
      case "cat": {
        const body = catBody(n.kind, n.ascii);
        return n.neg ? `[^${body}]` : `[${body}]`;
      }
      case "bound": {
        if (n.ascii) return n.neg ? "\\B" : "\\b";
        const w = `[${W_UNI}]`;
        return n.neg ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      }
      case "anchor":
        switch (n.kind) {
          case "start":
          case "A":
            return "^";
          case "Z":
            return "$";
          case "end":
            return "(?=\\n?$)";
          case "bol":
            return "(?:^|(?<=\\n))";
          case "eol":
            return "(?=\\n|$)";
        }
        break;
      case "group": {
        if (n.index === null) return `(?:${emit(n.body)})`;
        const k = ++js;
        jsIndex[n.index] = k;
        const body = emit(n.body);
        return n.name !== null ? `(?<${n.name}>${body})` : `(${body})`;
      }
      case "look":
        return `(?${n.behind ? "<" : ""}${n.neg ? "!" : "="}${emit(n.body)})`;
      case "atomic":
        return atomicWrap(() => emit(n.body));
      case "repeat": {
        const body = () => {
          const b = emit(n.body);
          const simple = n.body.t === "lit" || n.body.t === "any" || n.body.t === "class" || n.body.t === "cat";
          const grouped = n.body.t === "group" && n.body.index !== null;
          return (simple && !b.startsWith("(?")) || grouped ? b : `(?:${b})`;
        };
        const q = quant(n.min, n.max);
        if (n.possessive) return atomicWrap(() => body() + q);
        return body() + q + (n.lazy ? "?" : "");
      }
      case "backref":
        return `(?:\\${jsIndex[n.index]})`;
      case "cond":
        throw new UnsupportedPattern("conditional groups (?(id)yes|no) are not supported");
    }
    throw new RegexError("internal error", null);
  };

  const source = emit(p.root);
  return { source, jsIndex, ignoreCase: globalI };
}

/**
 * Character classes and case mappings of Python's str, over code points.
 *
 * JavaScript's regex property escapes and `toUpperCase`/`toLowerCase` agree with
 * CPython 3.11 (Unicode 14) for every character assigned in Unicode 14; what they
 * lack is encoded below: the characters whose case folding differs from their
 * lowercase, whose titlecase differs from their uppercase, and the digits and
 * numerics that are not in `\p{Nd}`/`\p{N}`. The tables were generated from
 * CPython 3.11 with, for example,
 * `{c: chr(c).casefold() for c in range(0x110000) if chr(c).casefold() != chr(c).lower()}`.
 */

// Entries: `cp:m1.m2` (a full mapping, hex code points) or `first-last±delta` (a run
// of single-character mappings at a constant offset).
const CASEFOLD_TABLE =
  "b5:3bc df:73.73 149:2bc.6e 17f:73 1f0:6a.30c 345:3b9 390:3b9.308.301 3b0:3c5.308.301 3c2:3c3 3d0:3b2 3d1:3b8 " +
  "3d5:3c6 3d6:3c0 3f0:3ba 3f1:3c1 3f5:3b5 587:565.582 13a0-13f5+0 13f8-13fd-8 1c80:432 1c81:434 1c82:43e " +
  "1c83-1c84-6210 1c85:442 1c86:44a 1c87:463 1c88:a64b 1e96:68.331 1e97:74.308 1e98:77.30a 1e99:79.30a " +
  "1e9a:61.2be 1e9b:1e61 1e9e:73.73 1f50:3c5.313 1f52:3c5.313.300 1f54:3c5.313.301 1f56:3c5.313.342 " +
  "1f80:1f00.3b9 1f81:1f01.3b9 1f82:1f02.3b9 1f83:1f03.3b9 1f84:1f04.3b9 1f85:1f05.3b9 1f86:1f06.3b9 " +
  "1f87:1f07.3b9 1f88:1f00.3b9 1f89:1f01.3b9 1f8a:1f02.3b9 1f8b:1f03.3b9 1f8c:1f04.3b9 1f8d:1f05.3b9 " +
  "1f8e:1f06.3b9 1f8f:1f07.3b9 1f90:1f20.3b9 1f91:1f21.3b9 1f92:1f22.3b9 1f93:1f23.3b9 1f94:1f24.3b9 " +
  "1f95:1f25.3b9 1f96:1f26.3b9 1f97:1f27.3b9 1f98:1f20.3b9 1f99:1f21.3b9 1f9a:1f22.3b9 1f9b:1f23.3b9 " +
  "1f9c:1f24.3b9 1f9d:1f25.3b9 1f9e:1f26.3b9 1f9f:1f27.3b9 1fa0:1f60.3b9 1fa1:1f61.3b9 1fa2:1f62.3b9 " +
  "1fa3:1f63.3b9 1fa4:1f64.3b9 1fa5:1f65.3b9 1fa6:1f66.3b9 1fa7:1f67.3b9 1fa8:1f60.3b9 1fa9:1f61.3b9 " +
  "1faa:1f62.3b9 1fab:1f63.3b9 1fac:1f64.3b9 1fad:1f65.3b9 1fae:1f66.3b9 1faf:1f67.3b9 1fb2:1f70.3b9 " +
  "1fb3:3b1.3b9 1fb4:3ac.3b9 1fb6:3b1.342 1fb7:3b1.342.3b9 1fbc:3b1.3b9 1fbe:3b9 1fc2:1f74.3b9 1fc3:3b7.3b9 " +
  "1fc4:3ae.3b9 1fc6:3b7.342 1fc7:3b7.342.3b9 1fcc:3b7.3b9 1fd2:3b9.308.300 1fd3:3b9.308.301 1fd6:3b9.342 " +
  "1fd7:3b9.308.342 1fe2:3c5.308.300 1fe3:3c5.308.301 1fe4:3c1.313 1fe6:3c5.342 1fe7:3c5.308.342 " +
  "1ff2:1f7c.3b9 1ff3:3c9.3b9 1ff4:3ce.3b9 1ff6:3c9.342 1ff7:3c9.342.3b9 1ffc:3c9.3b9 ab70-abbf-38864 " +
  "fb00:66.66 fb01:66.69 fb02:66.6c fb03:66.66.69 fb04:66.66.6c fb05:73.74 fb06:73.74 fb13:574.576 " +
  "fb14:574.565 fb15:574.56b fb16:57e.576 fb17:574.56d";

const TITLE_TABLE =
  "df:53.73 1c4:1c5 1c5:1c5 1c6:1c5 1c7:1c8 1c8:1c8 1c9:1c8 1ca:1cb 1cb:1cb 1cc:1cb 1f1:1f2 1f2:1f2 1f3:1f2 " +
  "587:535.582 10d0-10fa+0 10fd-10ff+0 1f80-1f87+8 1f88-1f8f+0 1f90-1f97+8 1f98-1f9f+0 1fa0-1fa7+8 " +
  "1fa8-1faf+0 1fb2:1fba.345 1fb3:1fbc 1fb4:386.345 1fb7:391.342.345 1fbc:1fbc 1fc2:1fca.345 1fc3:1fcc " +
  "1fc4:389.345 1fc7:397.342.345 1fcc:1fcc 1ff2:1ffa.345 1ff3:1ffc 1ff4:38f.345 1ff7:3a9.342.345 1ffc:1ffc " +
  "fb00:46.66 fb01:46.69 fb02:46.6c fb03:46.66.69 fb04:46.66.6c fb05:53.74 fb06:53.74 fb13:544.576 " +
  "fb14:544.565 fb15:544.56b fb16:54e.576 fb17:544.56d";

// Numeric_Type=Digit characters outside Nd (isdigit but not isdecimal).
const DIGIT_EXTRA =
  "b2-b3 b9 1369-1371 19da 2070 2074-2079 2080-2089 2460-2468 2474-247c 2488-2490 24ea 24f5-24fd 24ff " +
  "2776-277e 2780-2788 278a-2792 10a40-10a43 10e60-10e68 11052-1105a 1f100-1f10a";

// Characters with a numeric value outside the N categories (CJK numerals and the like).
const NUMERIC_EXTRA =
  "3405 3483 382a 3b4d 4e00 4e03 4e07 4e09 4e5d 4e8c 4e94 4e96 4ebf-4ec0 4edf 4ee8 4f0d 4f70 5104 5146 " +
  "5169 516b 516d 5341 5343-5345 534c 53c1-53c4 56db 58f1 58f9 5e7a 5efe-5eff 5f0c-5f0e 5f10 62fe 634c " +
  "67d2 6f06 7396 767e 8086 842c 8cae 8cb3 8d30 9621 9646 964c 9678 96f6 f96b f973 f978 f9b2 f9d1 f9d3 " +
  "f9fd 20001 20064 200e2 20121 2092a 20983 2098c 2099c 20aea 20afd 20b19 22390 22998 23b1b 2626d 2f890";

function parseMapping(table: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const entry of table.split(" ")) {
    const run = /^([0-9a-f]+)-([0-9a-f]+)([+-]\d+)$/.exec(entry);
    if (run) {
      const delta = Number(run[3]);
      for (let c = parseInt(run[1]!, 16); c <= parseInt(run[2]!, 16); c++) out.set(c, String.fromCodePoint(c + delta));
    } else {
      const [cp, mapped] = entry.split(":") as [string, string];
      out.set(parseInt(cp, 16), String.fromCodePoint(...mapped.split(".").map((h) => parseInt(h, 16))));
    }
  }
  return out;
}

function parseSet(table: string): Set<number> {
  const out = new Set<number>();
  for (const entry of table.split(" ")) {
    const [a, b] = entry.split("-");
    for (let c = parseInt(a!, 16); c <= parseInt(b ?? a!, 16); c++) out.add(c);
  }
  return out;
}

// Immutable lookup tables, built once; they hold no state of any run.
const CASEFOLD = parseMapping(CASEFOLD_TABLE);
const TITLE = parseMapping(TITLE_TABLE);
const DIGITS = parseSet(DIGIT_EXTRA);
const NUMERICS = parseSet(NUMERIC_EXTRA);

const SURROGATE = /[\uD800-\uDFFF]/;
/** True when `s` has UTF-16 surrogates, so code-unit and code-point positions differ. */
export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** Python's whitespace (`str.isspace`, `split()`, `strip()`). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Line boundaries of `str.splitlines` (besides \r\n). */
export function isLineBreakCode(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x1c && c <= 0x1e) ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMERIC = /^\p{N}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_PRINTABLE_NOT = /^[\p{C}\p{Z}]$/u;

export const isAlphaChar = (ch: string): boolean => RE_ALPHA.test(ch);
export const isDecimalChar = (ch: string): boolean => RE_DECIMAL.test(ch);
export const isDigitChar = (ch: string): boolean => RE_DECIMAL.test(ch) || DIGITS.has(ch.codePointAt(0)!);
export const isNumericChar = (ch: string): boolean => RE_NUMERIC.test(ch) || NUMERICS.has(ch.codePointAt(0)!);
export const isLowerChar = (ch: string): boolean => RE_LOWER.test(ch);
export const isUpperChar = (ch: string): boolean => RE_UPPER.test(ch);
export const isTitleChar = (ch: string): boolean => RE_TITLE.test(ch);
export const isCasedChar = (ch: string): boolean => RE_CASED.test(ch);
export const isPrintableChar = (ch: string): boolean => ch === " " || !RE_PRINTABLE_NOT.test(ch);
export const isAlnumChar = (ch: string): boolean => isAlphaChar(ch) || isNumericChar(ch);

// Python's predicates are false for "" and true when every character qualifies.
function every(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

const ASCII = /^\p{ASCII}*$/u;

export function strIsAlpha(s: string): boolean {
  if (ASCII.test(s)) return /^[A-Za-z]+$/.test(s);
  return every(s, isAlphaChar);
}
export function strIsAlnum(s: string): boolean {
  if (ASCII.test(s)) return /^[A-Za-z0-9]+$/.test(s);
  return every(s, isAlnumChar);
}
export const strIsDecimal = (s: string): boolean => every(s, isDecimalChar);
export const strIsDigit = (s: string): boolean => every(s, isDigitChar);
export const strIsNumeric = (s: string): boolean => every(s, isNumericChar);
export const strIsSpace = (s: string): boolean => every(s, (ch) => isSpaceCode(ch.codePointAt(0)!));
export function strIsPrintable(s: string): boolean {
  for (const ch of s) if (!isPrintableChar(ch)) return false;
  return true;
}
export const strIsIdentifier = (s: string): boolean => /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(s);

// ASCII-only strings skip the Unicode property tests.
const ASCII_LOWER = /[a-z]/;
const ASCII_UPPER = /[A-Z]/;

export function strIsLower(s: string): boolean {
  if (ASCII.test(s)) return ASCII_LOWER.test(s) && !ASCII_UPPER.test(s);
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  if (ASCII.test(s)) return ASCII_UPPER.test(s) && !ASCII_LOWER.test(s);
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerChar(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

// --- case mappings --------------------------------------------------------------

/** Lowercase of chars[i], with the Final_Sigma rule for capital sigma (as CPython's lower_ucs4). */
function lowerAt(chars: readonly string[], i: number): string {
  const ch = chars[i]!;
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(chars[j]!)) j--;
  let final = j >= 0 && isCasedChar(chars[j]!);
  if (final) {
    j = i + 1;
    while (j < chars.length && RE_CASE_IGNORABLE.test(chars[j]!)) j++;
    final = j === chars.length || !isCasedChar(chars[j]!);
  }
  return final ? "\u03c2" : "\u03c3";
}

const titleOf = (ch: string): string => TITLE.get(ch.codePointAt(0)!) ?? ch.toUpperCase();

export const strUpper = (s: string): string => s.toUpperCase();
// JavaScript's toLowerCase applies the same Final_Sigma rule CPython does.
export const strLower = (s: string): string => s.toLowerCase();

export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += CASEFOLD.get(ch.codePointAt(0)!) ?? ch.toLowerCase();
  return out;
}

export function strSwapcase(s: string): string {
  if (ASCII.test(s)) {
    return s.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));
  }
  const chars = Array.from(s);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isUpperChar(ch)) out += lowerAt(chars, i);
    else if (isLowerChar(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (ASCII.test(s)) return s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase();
  const chars = Array.from(s);
  if (chars.length === 0) return s;
  let out = titleOf(chars[0]!);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

export function strTitle(s: string): string {
  if (ASCII.test(s)) {
    return s.replace(/[A-Za-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  }
  const chars = Array.from(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += prevCased ? lowerAt(chars, i) : titleOf(ch);
    prevCased = isCasedChar(ch);
  }
  return out;
}

/**
 * The `unicodedata` module, from what JavaScript knows of Unicode: normalization
 * (`normalize`, `is_normalized`), general categories, decimal and digit values,
 * combining classes of the common marks, and names for the characters the `\N{...}`
 * table knows plus the Latin letters with accents (their name is built from the
 * decomposition, as Unicode names them). A name outside those raises ValueError (or
 * returns the default), as for a character without a name.
 */
import { PyFloat, typeOf, type PyModule, type PyValue } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { lookupUnicodeName, unicodeNameOf } from "../parse/literals/unicode-names";
import { makeModule, native } from "./util";

const CATEGORIES = [
  "Lu",
  "Ll",
  "Lt",
  "Lm",
  "Lo",
  "Mn",
  "Mc",
  "Me",
  "Nd",
  "Nl",
  "No",
  "Pc",
  "Pd",
  "Ps",
  "Pe",
  "Pi",
  "Pf",
  "Po",
  "Sm",
  "Sc",
  "Sk",
  "So",
  "Zs",
  "Zl",
  "Zp",
  "Cc",
  "Cf",
  "Cs",
  "Co",
];
const CATEGORY_RES = CATEGORIES.map((c) => [c, new RegExp(`^\\p{${c}}$`, "u")] as const);

function category(ch: string): string {
  for (const [c, re] of CATEGORY_RES) if (re.test(ch)) return c;
  return "Cn";
}

/** The names of the combining marks that Latin letters decompose into (for their names). */
const MARKS: Record<number, string> = {
  0x300: "GRAVE",
  0x301: "ACUTE",
  0x302: "CIRCUMFLEX",
  0x303: "TILDE",
  0x304: "MACRON",
  0x306: "BREVE",
  0x307: "DOT ABOVE",
  0x308: "DIAERESIS",
  0x30a: "RING ABOVE",
  0x30b: "DOUBLE ACUTE",
  0x30c: "CARON",
  0x323: "DOT BELOW",
  0x327: "CEDILLA",
  0x328: "OGONEK",
};

/** Unicode names of the combining marks themselves. */
const MARK_NAMES: Record<number, string> = {
  0x300: "COMBINING GRAVE ACCENT",
  0x301: "COMBINING ACUTE ACCENT",
  0x302: "COMBINING CIRCUMFLEX ACCENT",
  0x303: "COMBINING TILDE",
  0x304: "COMBINING MACRON",
  0x306: "COMBINING BREVE",
  0x307: "COMBINING DOT ABOVE",
  0x308: "COMBINING DIAERESIS",
  0x30a: "COMBINING RING ABOVE",
  0x30b: "COMBINING DOUBLE ACUTE ACCENT",
  0x30c: "COMBINING CARON",
  0x323: "COMBINING DOT BELOW",
  0x327: "COMBINING CEDILLA",
  0x328: "COMBINING OGONEK",
};

/** Canonical combining classes of those marks (the rest of Mn above the letter is 230 too). */
const COMBINING: Record<number, number> = { 0x323: 220, 0x327: 202, 0x328: 202 };

function nameOf(ch: string): string | null {
  // Control characters have aliases (`\N{NULL}`) but no name.
  if (category(ch) === "Cc") return null;
  const cp = ch.codePointAt(0)!;
  const known = unicodeNameOf(cp);
  if (known !== null) return known;
  if (MARK_NAMES[cp]) return MARK_NAMES[cp]!;
  const parts = Array.from(ch.normalize("NFD"));
  if (parts.length === 2) {
    const base = unicodeNameOf(parts[0]!.codePointAt(0)!);
    const mark = MARKS[parts[1]!.codePointAt(0)!];
    if (base && mark && base.startsWith("LATIN ")) return `${base} WITH ${mark}`;
  }
  return null;
}

function lookup(name: string): string | null {
  const cp = lookupUnicodeName(name);
  if (cp !== null) return String.fromCodePoint(cp);
  const upper = name.toUpperCase();
  for (const [code, n] of Object.entries(MARK_NAMES)) if (n === upper) return String.fromCodePoint(Number(code));
  const m = /^(LATIN (?:SMALL|CAPITAL) LETTER [A-Z]) WITH (.+)$/.exec(upper);
  if (m) {
    const base = lookupUnicodeName(m[1]!);
    const mark = Object.entries(MARKS).find(([, n]) => n === m[2]);
    if (base !== null && mark) {
      const composed = (String.fromCodePoint(base) + String.fromCodePoint(Number(mark[0]))).normalize("NFC");
      if (Array.from(composed).length === 1) return composed;
    }
  }
  return null;
}

/** The value of a decimal digit (category Nd): digits come in runs of ten from zero. */
function decimalValue(ch: string): number | null {
  if (category(ch) !== "Nd") return null;
  let cp = ch.codePointAt(0)!;
  let n = 0;
  while (n < 60 && category(String.fromCodePoint(cp - 1)) === "Nd") {
    cp--;
    n++;
  }
  return n % 10;
}

const FRACTIONS: Record<string, number> = {
  "¼": 0.25,
  "½": 0.5,
  "¾": 0.75,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "⅕": 0.2,
  "⅛": 0.125,
  "²": 2,
  "³": 3,
  "¹": 1,
  "⁰": 0,
};

/** Build the `unicodedata` module. */
export function unicodedataModule(_rt: Interpreter): PyModule {
  const char = (rt: Interpreter, fname: string, v: PyValue | undefined): string => {
    if (typeof v !== "string" || Array.from(v).length !== 1) {
      const got = typeof v === "string" ? "str" : typeOf(v!).name;
      throw rt.error("TypeError", `${fname}() argument must be a unicode character, not ${got}`);
    }
    return v;
  };
  const form = (rt: Interpreter, f: PyValue | undefined): string => {
    if (f === "NFC" || f === "NFD" || f === "NFKC" || f === "NFKD") return f;
    if (typeof f !== "string") throw rt.error("TypeError", "normalize() argument 1 must be str");
    throw rt.error("ValueError", "invalid normalization form");
  };
  const withDefault = (rt: Interpreter, args: PyValue[], value: PyValue | null, message: string): PyValue => {
    if (value !== null) return value;
    if (args.length > 1) return args[1]!;
    throw rt.error("ValueError", message);
  };
  return makeModule("unicodedata", {
    unidata_version: "14.0.0",
    normalize: native("normalize", (rt, args) => {
      const f = form(rt, args[0]);
      if (typeof args[1] !== "string") throw rt.error("TypeError", "normalize() argument 2 must be str");
      return args[1].normalize(f);
    }),
    is_normalized: native("is_normalized", (rt, args) => {
      const f = form(rt, args[0]);
      const s = args[1] as string;
      return s.normalize(f) === s;
    }),
    category: native("category", (rt, args) => category(char(rt, "category", args[0]))),
    name: native("name", (rt, args) => withDefault(rt, args, nameOf(char(rt, "name", args[0])), "no such name")),
    lookup: native("lookup", (rt, args) => {
      const found = typeof args[0] === "string" ? lookup(args[0]) : null;
      if (found === null) throw rt.error("KeyError", `undefined character name '${String(args[0])}'`);
      return found;
    }),
    decimal: native("decimal", (rt, args) =>
      withDefault(rt, args, decimalValue(char(rt, "decimal", args[0])), "not a decimal"),
    ),
    digit: native("digit", (rt, args) => {
      const ch = char(rt, "digit", args[0]);
      const v =
        decimalValue(ch) ?? (FRACTIONS[ch] !== undefined && Number.isInteger(FRACTIONS[ch]) ? FRACTIONS[ch]! : null);
      return withDefault(rt, args, v, "not a digit");
    }),
    numeric: native("numeric", (rt, args) => {
      const ch = char(rt, "numeric", args[0]);
      const v = decimalValue(ch) ?? FRACTIONS[ch] ?? null;
      return withDefault(rt, args, v === null ? null : new PyFloat(v), "not a numeric character");
    }),
    combining: native("combining", (rt, args) => {
      const ch = char(rt, "combining", args[0]);
      if (category(ch) !== "Mn") return 0;
      return COMBINING[ch.codePointAt(0)!] ?? 230;
    }),
    mirrored: native("mirrored", (rt, args) => (/^[()<>[\]{}«»]$/.test(char(rt, "mirrored", args[0])) ? 1 : 0)),
  });
}

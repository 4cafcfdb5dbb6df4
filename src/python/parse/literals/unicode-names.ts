/**
 * The Unicode character names `\N{...}` escapes may use. A browser has no Unicode
 * name database, and the full one is over a megabyte, so this is a small table of the
 * names handler code is likely to use, plus the ones that follow a pattern (Latin
 * letters, digits, CJK ideographs). Lookup is case-insensitive, as in CPython.
 */
const TABLE: readonly (readonly [string, number])[] = [
  ["SPACE", 0x20],
  ["NO-BREAK SPACE", 0xa0],
  ["EM DASH", 0x2014],
  ["EN DASH", 0x2013],
  ["HORIZONTAL ELLIPSIS", 0x2026],
  ["BULLET", 0x2022],
  ["MIDDLE DOT", 0xb7],
  ["COPYRIGHT SIGN", 0xa9],
  ["REGISTERED SIGN", 0xae],
  ["TRADE MARK SIGN", 0x2122],
  ["DEGREE SIGN", 0xb0],
  ["SECTION SIGN", 0xa7],
  ["PILCROW SIGN", 0xb6],
  ["MICRO SIGN", 0xb5],
  ["PLUS-MINUS SIGN", 0xb1],
  ["MULTIPLICATION SIGN", 0xd7],
  ["DIVISION SIGN", 0xf7],
  ["INFINITY", 0x221e],
  ["EURO SIGN", 0x20ac],
  ["POUND SIGN", 0xa3],
  ["YEN SIGN", 0xa5],
  ["CENT SIGN", 0xa2],
  ["DOLLAR SIGN", 0x24],
  ["LEFT SINGLE QUOTATION MARK", 0x2018],
  ["RIGHT SINGLE QUOTATION MARK", 0x2019],
  ["LEFT DOUBLE QUOTATION MARK", 0x201c],
  ["RIGHT DOUBLE QUOTATION MARK", 0x201d],
  ["LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xab],
  ["RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xbb],
  ["APOSTROPHE", 0x27],
  ["QUOTATION MARK", 0x22],
  ["REVERSE SOLIDUS", 0x5c],
  ["SOLIDUS", 0x2f],
  ["AMPERSAND", 0x26],
  ["ASTERISK", 0x2a],
  ["COMMERCIAL AT", 0x40],
  ["NUMBER SIGN", 0x23],
  ["PERCENT SIGN", 0x25],
  ["HYPHEN-MINUS", 0x2d],
  ["LOW LINE", 0x5f],
  ["FULL STOP", 0x2e],
  ["COMMA", 0x2c],
  ["COLON", 0x3a],
  ["SEMICOLON", 0x3b],
  ["EXCLAMATION MARK", 0x21],
  ["QUESTION MARK", 0x3f],
  ["LEFT PARENTHESIS", 0x28],
  ["RIGHT PARENTHESIS", 0x29],
  ["LEFT SQUARE BRACKET", 0x5b],
  ["RIGHT SQUARE BRACKET", 0x5d],
  ["LEFT CURLY BRACKET", 0x7b],
  ["RIGHT CURLY BRACKET", 0x7d],
  ["LESS-THAN SIGN", 0x3c],
  ["GREATER-THAN SIGN", 0x3e],
  ["EQUALS SIGN", 0x3d],
  ["PLUS SIGN", 0x2b],
  ["TILDE", 0x7e],
  ["GRAVE ACCENT", 0x60],
  ["CIRCUMFLEX ACCENT", 0x5e],
  ["VERTICAL LINE", 0x7c],
  ["NULL", 0x0],
  ["ALERT", 0x7],
  ["BACKSPACE", 0x8],
  ["CHARACTER TABULATION", 0x9],
  ["LINE FEED", 0xa],
  ["CARRIAGE RETURN", 0xd],
  ["ESCAPE", 0x1b],
  ["DELETE", 0x7f],
  ["ZERO WIDTH SPACE", 0x200b],
  ["ZERO WIDTH JOINER", 0x200d],
  ["ZERO WIDTH NON-JOINER", 0x200c],
  ["ZERO WIDTH NO-BREAK SPACE", 0xfeff],
  ["REPLACEMENT CHARACTER", 0xfffd],
  ["RIGHTWARDS ARROW", 0x2192],
  ["LEFTWARDS ARROW", 0x2190],
  ["UPWARDS ARROW", 0x2191],
  ["DOWNWARDS ARROW", 0x2193],
  ["LEFT RIGHT ARROW", 0x2194],
  ["RIGHTWARDS DOUBLE ARROW", 0x21d2],
  ["CHECK MARK", 0x2713],
  ["HEAVY CHECK MARK", 0x2714],
  ["BALLOT X", 0x2717],
  ["MULTIPLICATION X", 0x2715],
  ["BLACK STAR", 0x2605],
  ["WHITE STAR", 0x2606],
  ["BLACK HEART SUIT", 0x2665],
  ["HEAVY BLACK HEART", 0x2764],
  ["SNOWMAN", 0x2603],
  ["BLACK SQUARE", 0x25a0],
  ["WHITE SQUARE", 0x25a1],
  ["BLACK CIRCLE", 0x25cf],
  ["WHITE CIRCLE", 0x25cb],
  ["BOX DRAWINGS LIGHT HORIZONTAL", 0x2500],
  ["BOX DRAWINGS LIGHT VERTICAL", 0x2502],
  ["FULL BLOCK", 0x2588],
  ["LIGHT SHADE", 0x2591],
  ["GREEK SMALL LETTER ALPHA", 0x3b1],
  ["GREEK SMALL LETTER BETA", 0x3b2],
  ["GREEK SMALL LETTER GAMMA", 0x3b3],
  ["GREEK SMALL LETTER DELTA", 0x3b4],
  ["GREEK SMALL LETTER EPSILON", 0x3b5],
  ["GREEK SMALL LETTER LAMDA", 0x3bb],
  ["GREEK SMALL LETTER MU", 0x3bc],
  ["GREEK SMALL LETTER PI", 0x3c0],
  ["GREEK SMALL LETTER SIGMA", 0x3c3],
  ["GREEK SMALL LETTER OMEGA", 0x3c9],
  ["GREEK CAPITAL LETTER DELTA", 0x394],
  ["GREEK CAPITAL LETTER SIGMA", 0x3a3],
  ["GREEK CAPITAL LETTER OMEGA", 0x3a9],
  ["LATIN SMALL LETTER E WITH ACUTE", 0xe9],
  ["LATIN SMALL LETTER E WITH GRAVE", 0xe8],
  ["LATIN SMALL LETTER A WITH GRAVE", 0xe0],
  ["LATIN SMALL LETTER U WITH DIAERESIS", 0xfc],
  ["LATIN SMALL LETTER O WITH DIAERESIS", 0xf6],
  ["LATIN SMALL LETTER A WITH DIAERESIS", 0xe4],
  ["LATIN SMALL LETTER N WITH TILDE", 0xf1],
  ["LATIN SMALL LETTER C WITH CEDILLA", 0xe7],
  ["LATIN SMALL LETTER SHARP S", 0xdf],
  ["LATIN CAPITAL LETTER E WITH ACUTE", 0xc9],
  ["HIRAGANA LETTER A", 0x3042],
  ["GRINNING FACE", 0x1f600],
  ["SMILING FACE WITH SMILING EYES", 0x1f60a],
  ["FACE WITH TEARS OF JOY", 0x1f602],
  ["THUMBS UP SIGN", 0x1f44d],
  ["WHITE HEAVY CHECK MARK", 0x2705],
  ["CROSS MARK", 0x274c],
  ["WARNING SIGN", 0x26a0],
  ["HIGH VOLTAGE SIGN", 0x26a1],
  ["FIRE", 0x1f525],
  ["ROCKET", 0x1f680],
  ["PARTY POPPER", 0x1f389],
  ["SNAKE", 0x1f40d],
  ["HOURGLASS", 0x231b],
  ["ALARM CLOCK", 0x23f0],
  ["WATCH", 0x231a],
  ["STOPWATCH", 0x23f1],
  ["TIMER CLOCK", 0x23f2],
  ["BELL", 0x1f514],
];

const BY_NAME = new Map(TABLE.map(([name, code]) => [name, code]));
const BY_CODE = new Map(TABLE.map(([name, code]) => [code, name]));

/** The name of a code point, for those this table knows (and the patterned ones); else null. */
export function unicodeNameOf(code: number): string | null {
  const known = BY_CODE.get(code);
  if (known !== undefined) return known;
  if (code >= 0x41 && code <= 0x5a) return `LATIN CAPITAL LETTER ${String.fromCharCode(code)}`;
  if (code >= 0x61 && code <= 0x7a) return `LATIN SMALL LETTER ${String.fromCharCode(code - 32)}`;
  if (code >= 0x30 && code <= 0x39) return `DIGIT ${DIGITS[code - 0x30]}`;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
    return `CJK UNIFIED IDEOGRAPH-${code.toString(16).toUpperCase()}`;
  }
  return null;
}

/** The code point a Unicode character name stands for, or null if it is not known here. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const known = BY_NAME.get(upper);
  if (known !== undefined) return known;
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(upper);
  if (m) return m[2].charCodeAt(0) + (m[1] === "SMALL" ? 32 : 0);
  m = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(upper);
  if (m) return 48 + DIGITS.indexOf(m[1]);
  m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (m) {
    const code = parseInt(m[1], 16);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return code;
  }
  return null;
}

const DIGITS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

/**
 * printf-style `%` formatting of str and bytes against CPython: conversions, flags,
 * widths and precisions (`*` included), mapping keys, argument counting and errors.
 */
import { describe } from "vitest";
import { compareWithCPython, checkRows } from "./str-harness";

const PRELUDE = `
class Num:
    def __index__(self):
        return 65
    def __repr__(self):
        return "Num()"
class Real:
    def __float__(self):
        return 2.5
class Int:
    def __int__(self):
        return 9
class B:
    def __bytes__(self):
        return b"raw"
    def __repr__(self):
        return "B()"
d = {"name": "Ann", "n": 3, "x": 1.5}
`;

const CONVERSIONS = ["s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c"];
const VALUES = ["42", "-7", "3.75", "-0.0", "'é'", "True", "None", "2**70", "[1]", "float('nan')", "Num()"];
const FLAGS = ["", "5", "-5", "05", "+", " ", "#", "+08.2", "-+6.1", ".3", "#.3", "# 9.2", "010", "-010"];

const grid = [
  ...VALUES.flatMap((v) => CONVERSIONS.map((c) => `"%${c}" % (${v},)`)),
  ...["42", "-255", "3.14159", "1e20", "'text'", "0"].flatMap((v) =>
    ["d", "x", "o", "e", "f", "g", "s"].flatMap((c) => FLAGS.map((f) => `"[%${f}${c}]" % (${v},)`)),
  ),
];

const STR_CASES = [
  `"%s and %s" % ("a", "b")`,
  `"%s" % "single"`,
  `"%s" % ((1, 2),)`,
  `"%s" % [1, 2]`,
  `"%s %s" % [1, 2]`,
  `"%(name)s is %(n)d" % d`,
  `"%(name)r %(x).2f" % d`,
  `"%(missing)s" % d`,
  `"%(name)s %s" % d`,
  `"%(name)s" % ("x",)`,
  `"%(a(b))s" % {"a(b)": 1}`,
  `"%(a" % {"a": 1}`,
  `"%(name)" % d`,
  `"%*d|" % (5, 42)`,
  `"%-*d|" % (5, 42)`,
  `"%*d|" % (-5, 42)`,
  `"%.*f" % (2, 3.14159)`,
  `"%.*s|" % (-1, "abc")`,
  `"%*.*f|" % (8, 3, 2.5)`,
  `"%*d" % ("a", 1)`,
  `"%ld %hi %Lf" % (1, 2, 3.0)`,
  `"100%%" % ()`,
  `"%5%" % (1,)`,
  `"%" % ()`,
  `"abc%" % ()`,
  `"%y" % 1`,
  `"%é" % 1`,
  `"%s %y" % (1, 2)`,
  `"%s %s" % (1,)`,
  `"%s" % (1, 2)`,
  `"abc" % 5`,
  `"abc" % ()`,
  `"abc" % {}`,
  `"abc" % []`,
  `"%s" % ()`,
  `"%d" % "5"`,
  `"%x" % 1.5`,
  `"%c" % "ab"`,
  `"%c" % 1.5`,
  `"%c" % 0x110000`,
  `"%c" % -1`,
  `"%c" % 10**30`,
  `"%e" % "x"`,
  `"%f" % None`,
  `"%e" % 10**400`,
  `"%d" % float("inf")`,
  `"%d" % float("nan")`,
  `"%d" % Real()`,
  `"%f" % Real()`,
  `"%d" % Int()`,
  `"%x" % Int()`,
  `"%c" % Num()`,
  `"%s" % B()`,
  `"%a" % "\\U0001F600"`,
  `"%.3s" % "h\\U0001F600llo"`,
  `"%10.4s|" % "abcdefg"`,
  `"%#o %#x %#X" % (0, 0, 255)`,
  `"%.0d|%.0x" % (0, 0)`,
  `"%.10d" % -5`,
  `"%#.5o" % 8`,
  `"%+d % d" % (0, 0)`,
  `"%05s|%-05s|" % ("a", "b")`,
  `"%05c|" % "a"`,
  `"%05f" % float("inf")`,
  `"%+f" % float("nan")`,
  `"%.0f %.0f %.0f" % (0.5, 1.5, 2.5)`,
  `"%.2f" % 2.675`,
  `"%.1e" % 0.25`,
  `"%#.0e" % 3.0`,
  `"%g %g %g" % (1e-5, 123456789.0, 0.0001)`,
  `"%#g" % 1.0`,
  `"%.0g" % 25.0`,
  `"%r" % 1e16`,
  `"%s|%s" % (1.0, 1e22)`,
  `"%i" % 3.99`,
  `"%u" % -3`,
  `"%x" % True`,
  `"%s" % b"x"`,
  `"%d%%" % 50`,
];

const BYTES_CASES = [
  `b"%s" % b"x"`,
  `b"%s" % bytearray(b"ba")`,
  `b"%b|%5s|%-5s|" % (b"b", b"r", b"l")`,
  `b"%s" % B()`,
  `b"%s" % "x"`,
  `b"%s" % 3`,
  `b"%d %i %x %o %X" % (1, 2, 255, 8, 255)`,
  `b"%05.1f" % 2.25`,
  `b"%e" % 1.5`,
  `b"%c%c" % (65, b"B")`,
  `b"%c" % 256`,
  `b"%c" % "A"`,
  `b"%c" % b"AB"`,
  `b"%r" % b"x"`,
  `b"%a" % "é"`,
  `b"%r" % "x"`,
  `b"%(k)s" % {b"k": b"v"}`,
  `b"%(k)s" % {"k": b"v"}`,
  `b"%i" % "3"`,
  `b"%u" % "x"`,
  `b"%x" % 1.5`,
  `b"%s %s" % (b"a",)`,
  `b"%y" % 1`,
  `b"abc" % 5`,
  `b"%s" % memoryview(b"mv")`,
  `bytearray(b"%s-%d") % (b"a", 1)`,
  `b"100%%" % ()`,
];

const KNOWN: Record<string, string> = {
  'b"%s" % memoryview(b"mv")': "memoryview is not part of the object model",
};

const GROUPS: Record<string, string[]> = {
  "conversion grid": grid,
  "str cases": STR_CASES,
  "bytes cases": BYTES_CASES,
};

for (const [group, exprs] of Object.entries(GROUPS)) {
  describe(`% formatting: ${group}`, () => {
    checkRows(compareWithCPython(exprs, PRELUDE), KNOWN);
  });
}

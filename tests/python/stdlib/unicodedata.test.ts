import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("unicodedata", () => {
  it("normalize, category, names of Latin letters and marks, digit values, slugs, errors", () => {
    expectSameAsCPython(py`
      import unicodedata as u
      for c in "aÉé1 ٣\u0301中\x00½":
          print(repr(c), u.category(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.combining(c))
      for c in "aÉéçÅ1 \u0301\u0327€":
          print(repr(c), u.name(c))
      print(u.normalize("NFKD", "ﬁ café ①"), u.normalize("NFC", "e\u0301") == "é", u.is_normalized("NFD", "é"))
      print(u.lookup("snowman"), u.lookup("latin small letter e with acute"), u.unidata_version)
      for f in [lambda: u.name("\x00"), lambda: u.lookup("no such thing"), lambda: u.category("ab"), lambda: u.normalize("X", "a"), lambda: u.decimal("a")]:
          try:
              f()
          except (ValueError, KeyError, TypeError) as e:
              print(type(e).__name__, e)
      def slugify(s):
          s = u.normalize("NFKD", s).encode("ascii", "ignore").decode()
          return "-".join("".join(c if c.isalnum() else " " for c in s.lower()).split())
      print(slugify("Crème Brûlée — Ünïcode Test!"), "".join(c for c in u.normalize("NFD", "Ångström") if u.category(c) != "Mn"))
    `);
  });
});

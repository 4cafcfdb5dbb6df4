import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("string", () => {
  it("constants and capwords", () => {
    expectSameAsCPython(py`
      import string
      for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
          print(name, repr(getattr(string, name)), len(getattr(string, name)))
      print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"), string.capwords("ÉTÉ été"), string.capwords(""))
      print(all(c in string.printable for c in "Hi! 42"), [c for c in "a1_B" if c in string.ascii_letters])
    `);
  });

  it("Template", () => {
    expectSameAsCPython(py`
      from string import Template
      t = Template("$who likes \${what}: $$5 each")
      print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}), t.substitute({"who": 1}, what=2.5))
      print(t.safe_substitute(who="x"), Template("$a $b").safe_substitute({"a": [1]}), t.template, t.get_identifiers(), t.is_valid())
      print(Template("$a").substitute({"a": 1}, a=2), Template("x\n  $1").safe_substitute(), Template("\${a}b $ab").get_identifiers())
      class Percent(Template):
          delimiter = "%"
      print(Percent("%name is %{age}%% sure").substitute(name="Al", age=3))
      class Dotted(Template):
          idpattern = r"[a-z]+\.[a-z]+"
      print(Dotted("$user.name!").substitute({"user.name": "bo"}))
      for tpl, kw in [("$who likes \${what} $$ $", {"who": 1, "what": 2}), ("x\n  $1", {}), ("$a $b", {"a": 1})]:
          try:
              Template(tpl).substitute(**kw)
          except (ValueError, KeyError) as e:
              print(type(e).__name__, e)
      print(Template.delimiter, Template.idpattern, Template("$").is_valid())
    `);
  });
});

/**
 * The `match` statement against CPython: literal, capture, wildcard, value, sequence
 * (with a star), mapping (with `**rest`), class (positional through `__match_args__`,
 * keyword, builtins matching themselves), or- and as-patterns, guards, and the
 * TypeErrors of misused class patterns.
 */
import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "../stdlib/cpython";

describe("match statement", () => {
  it("every kind of pattern, guards, bindings after the statement", () => {
    expectSameAsCPython(py`
      from dataclasses import dataclass
      @dataclass
      class Pt:
          x: int
          y: int

      def where(p):
          match p:
              case Pt(0, 0):
                  return "origin"
              case Pt(x, 0):
                  return f"x-axis {x}"
              case Pt(x=0, y=y):
                  return f"y-axis {y}"
              case Pt(x=a, y=b) if a == b:
                  return f"diagonal {a}"
              case _:
                  return "elsewhere"
      print([where(Pt(0, 0)), where(Pt(3, 0)), where(Pt(0, 4)), where(Pt(2, 2)), where(Pt(1, 5))])

      def cmd(c):
          match c.split():
              case ["go", direction]:
                  return f"going {direction}"
              case ["look"]:
                  return "looking"
              case ["take", *items] if items:
                  return f"taking {', '.join(items)}"
              case ["quit" | "exit"]:
                  return "bye"
              case []:
                  return "empty"
              case [first, *_]:
                  return f"unknown {first}"
      for c in ["go north", "look", "take a b c", "take", "quit", "exit", "", "dance now"]:
          print(repr(c), "->", cmd(c))

      def kind(v):
          match v:
              case None:
                  return "none"
              case True | False as b:
                  return f"bool {b}"
              case int(n) if n < 0:
                  return "negative"
              case int() | float():
                  return "number"
              case str() as s:
                  return f"str {s!r}"
              case (a, b):
                  return f"pair {a},{b}"
              case [a, b, *rest]:
                  return f"list {a} {b} +{len(rest)}"
              case {"type": "user", "name": name, **rest}:
                  return f"user {name} {rest}"
              case {"type": t}:
                  return f"typed {t}"
              case {}:
                  return "mapping"
              case _:
                  return "other"
      for v in [None, True, -3, 4, 2.5, "hi", (1, 2), [1, 2, 3, 4], {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"z": 1}, {1, 2}]:
          print(kind(v))

      import enum
      class Color(enum.Enum):
          RED = 1
          GREEN = 2
      def col(c):
          match c:
              case Color.RED:
                  return "red!"
              case Color.GREEN:
                  return "green!"
      print(col(Color.RED), col(Color.GREEN), col(3))
      match (1, [2, 3]):
          case (1, [x, y]) as whole:
              print(x, y, whole)
      match 42:
          case 0 | 1 | 2:
              print("small")
          case n:
              print("bound", n)
      print(n)
      match -1.5:
          case -1.5:
              print("neg float")
      match = {"a": 1}
      print(match["a"])
    `);
  });

  it("class pattern errors, builtins matching themselves, what counts as a sequence", () => {
    expectSameAsCPython(py`
      class P:
          __match_args__ = ("x", "y")
          def __init__(s):
              s.x = 1
              s.y = 2
      class Q:
          __match_args__ = ["x"]
      def t(f):
          try:
              print(f())
          except Exception as e:
              print(type(e).__name__, e)
      def a():
          match 1:
              case len():
                  return "no"
      def b():
          match P():
              case P(1, 2, 3):
                  return "no"
      def c():
          match Q():
              case Q(1):
                  return "no"
      def d():
          match P():
              case P(1, x=2):
                  return "no"
      def f():
          class R:
              pass
          match R():
              case R(1):
                  return "no"
      def g():
          out = []
          match 5:
              case int(5):
                  out.append("int5")
          match [1, 2]:
              case list((1, 2)):
                  out.append("list self")
          match {"a": 1, "b": 2}:
              case {"a": 1, **rest}:
                  out.append(rest)
          match P():
              case P(y=2, x=1):
                  out.append("kw")
          for v in ["x", b"x", bytearray(b"x"), (1,), range(2)]:
              match v:
                  case [*_]:
                      out.append("seq")
                  case _:
                      out.append("not seq")
          return out
      for fn in [a, b, c, d, f, g]:
          t(fn)
    `);
  });
});

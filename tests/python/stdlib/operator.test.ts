import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("operator", () => {
  it("operators as functions", () => {
    expectSameAsCPython(py`
      import operator as op
      print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
      print(op.neg(3), op.pos(-3), op.abs(-2.5), op.invert(5), op.not_([]), op.truth("x"), op.index(True))
      print(op.eq(1, 1.0), op.ne(1, 2), op.lt("a", "b"), op.le(2, 2), op.gt(3, 1), op.ge(1, 2), op.is_(None, None), op.is_not(1, None))
      print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 8), op.rshift(256, 4), op.concat([1], [2]))
      print(op.contains([1, 2], 2), op.getitem("abc", 1), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.__add__(1, 1))
      d = {"a": 1}
      op.setitem(d, "b", 2); op.delitem(d, "a")
      l = [1]
      r = op.iadd(l, [2])
      print(d, r is l, l, op.iadd(1, 2))
      try:
          op.add(1, "a")
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("itemgetter, attrgetter, methodcaller", () => {
    expectSameAsCPython(py`
      import operator as op
      from collections import namedtuple
      rows = [("b", 2), ("a", 3), ("c", 1)]
      print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), op.itemgetter(1, 0)(rows[0]))
      print(op.itemgetter("k")({"k": "v"}), op.itemgetter(slice(1, None))("abc"), op.itemgetter(1), op.itemgetter("a", 2))
      P = namedtuple("P", "x y")
      class Box:
          def __init__(self, p):
              self.p = p
      b = Box(P(1, 2))
      print(op.attrgetter("p")(b), op.attrgetter("p.x")(b), op.attrgetter("p.x", "p.y")(b), op.attrgetter("p.x"))
      print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"), op.methodcaller("split", maxsplit=1)("a b c"))
      print(repr(op.methodcaller("split", ",", maxsplit=1)), list(map(op.methodcaller("strip"), [" a ", "b "])))
      for f in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("zz")(b), lambda: op.attrgetter(1), lambda: op.itemgetter()]:
          try:
              f()
          except (IndexError, AttributeError, TypeError) as e:
              print(type(e).__name__, e)
    `);
  });
});

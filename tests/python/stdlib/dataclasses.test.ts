import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("dataclasses", () => {
  it("generated __init__/__repr__/__eq__, order, frozen, field options, asdict/astuple/replace, InitVar, KW_ONLY, errors", () => {
    expectSameAsCPython(py`
      from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
      from typing import List, Optional, ClassVar
      import json

      @dataclass
      class Point:
          x: int
          y: int = 0

      p = Point(1, 2)
      print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__hash__)
      print(Point.__match_args__, Point.y, hasattr(Point, "x"))

      @dataclass(order=True)
      class Version:
          major: int
          minor: int = 0
          patch: int = 0
          tags: List[str] = field(default_factory=list, compare=False, repr=False)

      vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
      print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
      v = Version(1)
      v.tags.append("x")
      print(v.tags, Version(1).tags)

      @dataclass(frozen=True)
      class Color:
          r: int
          g: int
          b: int
          def hex(self):
              return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

      c = Color(255, 128, 0)
      print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: 1}[Color(255, 128, 0)])
      try:
          c.r = 1
      except FrozenInstanceError as e:
          print(type(e).__name__, e, isinstance(e, AttributeError))

      @dataclass
      class Inventory:
          name: str
          items: dict = field(default_factory=dict)
          count: int = field(default=0, repr=False)
          total: ClassVar[int] = 0
          def add(self, k, n):
              self.items[k] = self.items.get(k, 0) + n
              self.count += n

      inv = Inventory("shop")
      inv.add("apple", 3)
      print(inv, asdict(inv), astuple(inv), json.dumps(asdict(inv), sort_keys=True))
      print([f.name for f in fields(inv)], is_dataclass(inv), is_dataclass(Inventory), is_dataclass(3))
      print(replace(p, y=10), p)

      @dataclass
      class Node:
          val: int
          children: List["Node"] = field(default_factory=list)
          parent: Optional["Node"] = None

      root = Node(1, [Node(2), Node(3)])
      print(root)
      print(asdict(root))

      @dataclass
      class Base:
          a: int
          b: str = "b"

      @dataclass
      class Child(Base):
          c: float = 1.5
          def __post_init__(self):
              self.total = self.a * self.c

      ch = Child(2, c=3.0)
      print(ch, ch.total, vars(ch))

      @dataclass
      class WithInit:
          x: int
          scale: InitVar[int] = 2
          y: int = field(init=False)
          def __post_init__(self, scale):
              self.y = self.x * scale

      print(WithInit(3), WithInit(3, 5))

      @dataclass
      class K:
          a: int
          _: KW_ONLY
          b: int = 1
          c: int = 2

      print(K(1, c=5), K.__match_args__)
      try:
          K(1, 2)
      except TypeError as e:
          print(e)
      try:
          Point()
      except TypeError as e:
          print(e)
      try:
          @dataclass
          class Bad:
              items: list = []
      except ValueError as e:
          print(e)
      try:
          @dataclass
          class Bad2:
              a: int = 1
              b: int
      except TypeError as e:
          print(e)
      print(Point.__init__.__qualname__, Point.__repr__.__qualname__)

      @dataclass(eq=False)
      class Ident:
          v: int
      print(Ident(1) == Ident(1), Ident(1).__hash__ is not None)

      @dataclass(unsafe_hash=True)
      class UH:
          v: int
      print(hash(UH(5)) == hash((5,)))
      print(Version(1) < 3 if False else "skip")
      try:
          Version(1) < Point(1)
      except TypeError as e:
          print(e)
    `);
  });

  it("explicit __eq__, frozen inheritance, recursive repr, make_dataclass, fields(), metadata, dict_factory", () => {
    expectSameAsCPython(py`
      import dataclasses
      from dataclasses import dataclass, field, make_dataclass

      @dataclass
      class A:
          x: int
          def __eq__(self, other):
              return True
      print(A(1) == A(2), A.__hash__)

      @dataclass(frozen=True)
      class F:
          x: int
      try:
          @dataclass
          class G(F):
              y: int = 0
      except TypeError as e:
          print(e)

      @dataclass
      class R:
          name: str
          other: "R" = None
      r = R("a")
      r.other = r
      print(r)

      @dataclass
      class Pt:
          x: int
          y: int
      P3 = make_dataclass("P3", ["z", ("x", int), ("y", int, field(default=5))])
      print(P3(1, 2), list(P3.__dataclass_fields__.keys()))
      for f in dataclasses.fields(Pt):
          print(f.name, f.type, f.default is dataclasses.MISSING, f.init, f.repr)
      print(str(Pt(1, 2)), f"{Pt(1, 2)}", [Pt(1, 2)], {"k": Pt(0, 1)})
      @dataclass
      class S:
          tags: set = field(default_factory=set)
          meta: dict = field(default_factory=dict, metadata={"unit": "m"})
      print(S(), dataclasses.fields(S)[1].metadata["unit"])
      @dataclass(repr=False)
      class NR:
          v: int
          def __repr__(self): return "custom"
      print(NR(1))
      @dataclass
      class Emp:
          name: str
          salary: float
          dept: str = "eng"
      emps = [Emp("b", 10.5), Emp("a", 20.0, "ops"), Emp("c", 5.25)]
      for e in sorted(emps, key=lambda e: e.salary, reverse=True):
          print(f"{e.name:<5}{e.salary:>8.2f} {e.dept}")
      print(dataclasses.asdict(emps[0], dict_factory=lambda kv: {k.upper(): v for k, v in kv}))
      try:
          @dataclass(order=True, eq=False)
          class Q: pass
      except ValueError as e:
          print(e)
      try:
          dataclasses.replace(emps[0], nope=1)
      except TypeError as e:
          print(e)
    `);
  });
});

import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("collections", () => {
  it("namedtuple: fields, repr, _replace/_asdict/_make, defaults, tuple behaviour", () => {
    expectSameAsCPython(py`
      from collections import namedtuple
      Point = namedtuple("Point", ["x", "y"])
      p = Point(1, 2)
      print(p, repr(p), str(p), p.x, p[1], p[-1], p[:1], p == (1, 2), len(p), hash(p) == hash((1, 2)))
      print(p._replace(x=10), p._asdict(), Point._fields, Point.__doc__, Point(y=3, x=1))
      x, y = p
      print(x + y, list(p), p + (3,), p * 2, tuple(p), p.count(1), p.index(2), 2 in p)
      Color = namedtuple("Color", "red, green  blue")
      print(Color(255, green=128, blue=0), Color._make([1, 2, 3]), Color._make(iter("abc")))
      Opt = namedtuple("Opt", ["name", "value", "flag"], defaults=[0, False])
      print(Opt("a"), Opt("b", 5), Opt._field_defaults, Opt.__new__.__defaults__)
      print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
      print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point.__mro__, Point.__module__)
      print(namedtuple("R", "a class _b a", rename=True)._fields, Point.__match_args__)
      class Point3(namedtuple("Point3", "x y z")):
          def norm1(self):
              return abs(self.x) + abs(self.y) + abs(self.z)
      q = Point3(1, -2, 3)
      print(q, q.norm1(), {p: "hashable"}[Point(1, 2)], Point3._fields)
      q.extra = 1
      print(q.extra)
    `);
  });

  it("namedtuple errors", () => {
    expectSameAsCPython(py`
      from collections import namedtuple
      Point = namedtuple("Point", "x y")
      p = Point(1, 2)
      attempts = [
          lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5), lambda: Point(1), lambda: Point(1, 2, 3),
          lambda: Point(1, z=2), lambda: p._replace(z=1, w=2), lambda: Point._make([1, 2, 3]),
          lambda: namedtuple("P", "x 1y"), lambda: namedtuple("P", "x class"), lambda: namedtuple("P", "x _y"),
          lambda: namedtuple("P", "x x"), lambda: namedtuple("1P", "x"), lambda: namedtuple("P", "a b", defaults=[1, 2, 3]),
      ]
      for f in attempts:
          try:
              f()
          except (AttributeError, TypeError, ValueError) as e:
              print(type(e).__name__, e)
    `);
  });

  it("defaultdict", () => {
    expectSameAsCPython(py`
      from collections import defaultdict
      d = defaultdict(list)
      for k, v in [("a", 1), ("b", 2), ("a", 3)]:
          d[k].append(v)
      print(d, dict(d), d["missing"], len(d), "zz" in d, d.get("zz"))
      c = defaultdict(int)
      for ch in "mississippi":
          c[ch] += 1
      print(sorted(c.items()), c.default_factory, repr(defaultdict(None)), defaultdict(list, a=1))
      nested = defaultdict(lambda: defaultdict(int))
      nested["x"]["y"] += 2
      print(nested["x"]["y"], isinstance(nested, dict), type(nested).__name__)
      n = defaultdict(None, {"k": 1})
      try:
          n["missing"]
      except KeyError as e:
          print("KeyError", e)
      d2 = d.copy()
      d2["new"].append(0)
      print(type(d2).__name__, "new" in d, d2.default_factory is list, d == dict(d), d | {"z": [9]})
      d.default_factory = set
      d["s"].add(1)
      print(d["s"], d.pop("a"), list(d))
      class Tree(defaultdict):
          def __init__(self):
              super().__init__(Tree)
      t = Tree()
      t["a"]["b"]["c"]
      print(repr(t).startswith("Tree(<class '__main__.Tree'>"), list(t["a"]))
      try:
          defaultdict(1)
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("OrderedDict", () => {
    expectSameAsCPython(py`
      from collections import OrderedDict
      od = OrderedDict()
      od["b"] = 2; od["a"] = 1; od["c"] = 3
      print(od, list(od), OrderedDict(), OrderedDict([("x", 1)]))
      od.move_to_end("b")
      print(list(od.keys()))
      od.move_to_end("b", last=False)
      print(list(od.items()))
      print(od.popitem(), od.popitem(last=False), od)
      a = OrderedDict(a=1, b=2)
      b = OrderedDict(b=2, a=1)
      print(a == b, a == dict(b), dict(b) == a, a != b, list(reversed(a)), a.copy(), type(a.copy()).__name__)
      a.update({"c": 3}); a.setdefault("d", 4); del a["a"]
      print(a, a.pop("b"), a | {"e": 5})
      for f in [lambda: OrderedDict().popitem(), lambda: a.move_to_end("zz")]:
          try:
              f()
          except KeyError as e:
              print("KeyError", e)
    `);
  });

  it("Counter", () => {
    expectSameAsCPython(py`
      from collections import Counter
      c = Counter("abracadabra")
      print(c, c["a"], c["zz"], c.most_common(2), c.most_common(), c.total(), len(c))
      print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
      c.update("aaz"); c.update({"b": 10}); c.update(q=1)
      print(c)
      c.subtract("aaaa"); c.subtract({"z": 5})
      print(c, +c, -c)
      x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
      print(x + y, x - y, y - x, x | y, x & y)
      print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=2, b=0))
      print(Counter(), Counter({"a": 1.5, "b": "x"}), Counter(["x", "y", "x"]), Counter(a=5, b=5, c=7))
      words = "the cat and the hat and the bat".split()
      print(Counter(words).most_common(1)[0], dict(Counter(words)))
      z = Counter(a=2)
      z += Counter(a=-5, b=1)
      print(z)
      z -= Counter(b=1)
      print(z)
      del z["nothing"]
      print(isinstance(z, dict), type(z).__name__)
      for f in [lambda: Counter(a=1) + 1, lambda: Counter.fromkeys("ab")]:
          try:
              f()
          except (TypeError, NotImplementedError) as e:
              print(type(e).__name__, e)
    `);
  });

  it("deque", () => {
    expectSameAsCPython(py`
      from collections import deque
      d = deque([1, 2, 3])
      d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
      print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
      d.rotate(2); print(d)
      d.rotate(-3); print(d)
      d.reverse(); print(d, d.count(1), d.index(3), 3 in d, list(reversed(d)))
      d.remove(3); d.insert(1, "x"); d[0] = "first"; del d[2]
      print(d, d.maxlen, bool(deque()), deque() == deque([]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
      m = deque(maxlen=3)
      for i in range(6):
          m.append(i)
      print(m, m.maxlen, deque("abc", 2), deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
      m.appendleft(-1); print(m)
      m.extendleft([10, 20]); print(m)
      m.clear(); print(m, repr(deque([1], maxlen=3)))
      cp = d.copy(); cp.append("c"); print(d, cp)
      attempts = [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
                  lambda: deque([1]).index(2), lambda: deque([1])[5], lambda: deque(maxlen=-1),
                  lambda: deque([1, 2], maxlen=2).insert(0, 5), lambda: deque([1]) + [3], lambda: hash(deque())]
      for f in attempts:
          try:
              f()
          except (IndexError, ValueError, TypeError) as e:
              print(type(e).__name__, e)
      q = deque([1, 2, 3])
      try:
          for x in q:
              q.append(x)
      except RuntimeError as e:
          print("RuntimeError", e)
      class Q(deque):
          pass
      print(Q([1]), isinstance(Q(), deque))
    `);
  });

  it("ChainMap", () => {
    expectSameAsCPython(py`
      from collections import ChainMap
      defaults = {"color": "red", "user": "guest"}
      overrides = {"user": "admin"}
      cm = ChainMap(overrides, defaults)
      print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, cm.get("nope", 0), cm)
      cm["color"] = "blue"
      print(overrides, defaults, cm.maps[0] is overrides)
      child = cm.new_child({"user": "root"})
      print(child["user"], child.parents["user"], len(child.maps), ChainMap())
      del cm["color"]
      print(cm["color"], dict(cm.items()) == {"color": "red", "user": "admin"})
      for f in [lambda: cm["nope"], lambda: cm.__delitem__("zz"), lambda: ChainMap({}).pop("x")]:
          try:
              f()
          except KeyError as e:
              print("KeyError", e)
    `);
  });

  it("collections.abc and abc: isinstance checks, mixins, abstract methods", () => {
    expectSameAsCPython(py`
      from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Callable, Hashable, Sized, Container, Set, MutableSet, Generator
      from collections import OrderedDict, deque, Counter
      import collections
      values = [[], (), {}, "", set(), frozenset(), range(3), b"", len, lambda: 0, iter([]), (x for x in []), 5, None, OrderedDict(), Counter()]
      for abc in [Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Callable, Hashable, Sized, Container, Set, MutableSet, Generator]:
          print(abc.__name__, [isinstance(v, abc) for v in values])
      print(collections.abc.Mapping is Mapping, Mapping)
      class Bag(Mapping):
          def __init__(self, **kw):
              self._d = dict(kw)
          def __getitem__(self, k):
              return self._d[k]
          def __iter__(self):
              return iter(self._d)
          def __len__(self):
              return len(self._d)
      b = Bag(a=1, b=2)
      print(isinstance(b, Mapping), b.get("a"), b.get("z", 0), "a" in b, "z" in b, list(b.keys()), list(b.items()), list(b.values()), b == {"a": 1, "b": 2})
      class Half(Mapping):
          def __getitem__(self, k):
              return k
      try:
          Half()
      except TypeError as e:
          print("TypeError:", e)
      class Seq(Sequence):
          def __getitem__(self, i):
              if i >= 3:
                  raise IndexError(i)
              return i * 10
          def __len__(self):
              return 3
      s = Seq()
      print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)), isinstance(s, Iterable))
      class Ducky:
          def __iter__(self):
              return iter([])
          def __len__(self):
              return 0
      print(isinstance(Ducky(), Iterable), isinstance(Ducky(), Sized), isinstance(Ducky(), Container))
      from abc import ABC, abstractmethod, ABCMeta
      class Shape(ABC):
          @abstractmethod
          def area(self): ...
          @abstractmethod
          def perimeter(self): ...
          def describe(self):
              return f"{type(self).__name__} with area {self.area()}"
      class Square(Shape):
          def __init__(self, s):
              self.s = s
          def area(self):
              return self.s ** 2
      class RealSquare(Square):
          def perimeter(self):
              return 4 * self.s
      for cls in (Shape, Square):
          try:
              cls(2)
          except TypeError as e:
              print("TypeError:", e)
      r = RealSquare(3)
      print(r.describe(), r.perimeter(), isinstance(r, Shape), type(Shape), Shape, type(ABC))
      class Virtual:
          pass
      Shape.register(Virtual)
      print(isinstance(Virtual(), Shape), isinstance(1, Shape))
      class Base(metaclass=ABCMeta):
          @property
          @abstractmethod
          def name(self): ...
      class Named(Base):
          name = "n"
      print(Named().name)
      try:
          Base()
      except TypeError as e:
          print("TypeError:", e)
    `);
  });
});

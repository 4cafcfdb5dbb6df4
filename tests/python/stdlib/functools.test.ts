import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("functools", () => {
  it("partial: calls, attributes, flattening, repr, errors", () => {
    expectSameAsCPython(py`
      import functools
      def power(base, exp, mod=None):
          return pow(base, exp, mod)
      square = functools.partial(power, exp=2)
      two_to = functools.partial(power, 2)
      print(square(9), two_to(10), two_to(exp=5), square(3, exp=3))
      print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
      hello = functools.partial(print, "hello", sep="-")
      hello("world", "again")
      p2 = functools.partial(square, mod=7)
      print(p2(5), p2.keywords, p2.func is power)
      print(repr(functools.partial(print, 1, a=2)), repr(functools.partial(p2, 1, 2)))
      print(repr(functools.partial(power, 1)) == "functools.partial(" + repr(power) + ", 1)")
      print(list(map(functools.partial(power, exp=3), [1, 2, 3])))
      class P(functools.partial):
          pass
      print(repr(P(print, 1)), isinstance(P(print), functools.partial), callable(square))
      class Box:
          add = functools.partial(lambda a, b: a + b, 10)
      print(Box().add(5))
      for bad in [lambda: functools.partial(), lambda: functools.partial(1)]:
          try:
              bad()
          except TypeError as e:
              print("TypeError:", e)
    `);
  });

  it("reduce", () => {
    expectSameAsCPython(py`
      import functools, operator
      print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 11), 1))
      print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
      print(functools.reduce(lambda a, b: a + b, [], "empty"), functools.reduce(lambda a, b: a + b, iter("abc")))
      for args in [(lambda a, b: a,), (lambda a, b: a, []), (lambda a, b: a, 5), (1, 2, 3, 4)]:
          try:
              functools.reduce(*args)
          except TypeError as e:
              print("TypeError:", e)
      try:
          functools.reduce(lambda a, b: a, [], initial=1)
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("wraps and update_wrapper copy the wrapped function's identity", () => {
    expectSameAsCPython(py`
      import functools
      def logged(func):
          @functools.wraps(func)
          def wrapper(*args, **kwargs):
              print("calling", func.__name__)
              return func(*args, **kwargs)
          return wrapper
      @logged
      def add(a, b):
          "Add two numbers."
          return a + b
      print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
      print(add.__wrapped__(3, 4), add.__wrapped__.__name__)
      def deco2(f):
          def inner():
              return f()
          return functools.update_wrapper(inner, f)
      def target():
          return "t"
      target.custom = 42
      w = deco2(target)
      print(w(), w.__name__, w.custom, w.__wrapped__ is target)
      def other():
          pass
      w2 = functools.wraps(target, assigned=("__name__",), updated=())(other)
      print(w2.__name__, hasattr(w2, "custom"), w2.__wrapped__ is target)
      print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
      class Callable:
          def __call__(self):
              return 1
      c = Callable()
      functools.update_wrapper(c, add)
      print(c.__name__, c.__doc__)
    `);
  });

  it("lru_cache and cache: hits, misses, eviction, keys, methods", () => {
    expectSameAsCPython(py`
      import functools
      calls = []
      @functools.lru_cache(maxsize=None)
      def fib(n):
          calls.append(n)
          return n if n < 2 else fib(n - 1) + fib(n - 2)
      print(fib(80), len(calls), fib.cache_info())
      fib.cache_clear()
      print(fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__(1))
      @functools.lru_cache(maxsize=2)
      def sq(n):
          print("  computing", n)
          return n * n
      for n in [1, 2, 1, 3, 1, 2]:
          print(n, sq(n))
      print(sq.cache_info(), sq.cache_info().hits, sq.cache_info()._fields)
      @functools.lru_cache
      def kw(a, b=1):
          print("  kw called", a, b)
          return a + b
      print(kw(1), kw(1), kw(1, b=1), kw(a=1), kw(a=1), kw.cache_info())
      @functools.cache
      def ways(n):
          return 1 if n == 0 else 0 if n < 0 else ways(n - 1) + ways(n - 2) + ways(n - 3)
      print(ways(40), ways.cache_info().currsize)
      @functools.lru_cache(maxsize=0)
      def nocache(x):
          return x
      print(nocache(1), nocache(1), nocache.cache_info())
      @functools.lru_cache(typed=True)
      def typed(x):
          print("  typed", repr(x))
          return x
      typed(1); typed(1.0); typed(1)
      print(typed.cache_info())
      class C:
          def __init__(self, k):
              self.k = k
          @functools.lru_cache(maxsize=None)
          def m(self, x):
              print("  m", self.k, x)
              return self.k * x
      a, b = C(2), C(3)
      print(a.m(5), a.m(5), b.m(5), C.m.cache_info())
      try:
          fib([1])
      except TypeError as e:
          print("TypeError:", e)
      try:
          functools.lru_cache("x")
      except TypeError as e:
          print("TypeError:", e)
      @functools.lru_cache(maxsize=None)
      def fails(x):
          raise ValueError(x)
      for i in range(2):
          try:
              fails(1)
          except ValueError as e:
              print("ValueError:", e)
      print(fails.cache_info())
    `);
  });

  it("total_ordering and cmp_to_key", () => {
    expectSameAsCPython(py`
      import functools
      @functools.total_ordering
      class V:
          def __init__(self, n):
              self.n = n
          def __eq__(self, o):
              return self.n == o.n
          def __lt__(self, o):
              return self.n < o.n
          def __repr__(self):
              return f"V({self.n})"
      a, b = V(1), V(2)
      print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
      print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)), min([V(4), V(2)]))
      @functools.total_ordering
      class G:
          def __init__(self, n):
              self.n = n
          def __eq__(self, o):
              return self.n == o.n
          def __ge__(self, o):
              return self.n >= o.n
      print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) > G(1))
      try:
          functools.total_ordering(type("Empty", (), {}))
      except ValueError as e:
          print("ValueError:", e)
      def cmp(a, b):
          return (a > b) - (a < b)
      words = ["pear", "Apple", "fig", "banana"]
      print(sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(len(a), len(b)))))
      print(sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())), reverse=True))
      K = functools.cmp_to_key(cmp)
      print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj)
      try:
          hash(K(1))
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("cached_property", () => {
    expectSameAsCPython(py`
      import functools
      class Data:
          def __init__(self, xs):
              self.xs = xs
          @functools.cached_property
          def total(self):
              print("  computing total")
              return sum(self.xs)
      d = Data([1, 2, 3])
      print(d.total, d.total, "total" in d.__dict__)
      d.total = 100
      print(d.total, type(Data.total).__name__)
    `);
  });
});

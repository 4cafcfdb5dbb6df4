import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("itertools", () => {
  it("infinite iterators: count, cycle, repeat", () => {
    expectSameAsCPython(py`
      import itertools as it
      c = it.count(5, 2)
      print(next(c), next(c), c, it.count(), it.count(1.5, 0.5), next(it.count(1.5, 0.5)))
      print(list(zip(it.count(), "abc")), list(it.islice(it.count(10, -3), 4)), list(zip(it.count(2**62), range(2))))
      cyc = it.cycle("ab")
      print([next(cyc) for _ in range(5)], list(it.cycle([])))
      r = it.repeat("x", 3)
      print(r, list(r), r, it.repeat(1), list(it.repeat(1, -1)), list(map(pow, range(4), it.repeat(2))))
      print(type(it.count()), type(it.count()).__name__, iter(c) is c)
    `);
  });

  it("terminating iterators", () => {
    expectSameAsCPython(py`
      import itertools as it, operator
      print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)))
      print(list(it.accumulate([])), list(it.accumulate([], initial=0)), list(it.accumulate(["a", "b", "c"])), list(it.accumulate([3, 1, 4, 1, 5], max)))
      print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()), list(it.chain.from_iterable(["xy", "z"])))
      print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.compress("ab", [1, 1, 1, 1])))
      print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
      print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
      print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
      print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()), list(it.zip_longest("ab", "xyz")))
      print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
      a, b = it.tee(iter([1, 2, 3]))
      print(next(a), list(b), list(a), [list(t) for t in it.tee("xy", 3)], it.tee([], 0))
    `);
  });

  it("islice: arguments, laziness and errors", () => {
    expectSameAsCPython(py`
      import itertools as it
      print(list(it.islice("abcdefg", 3)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
      print(list(it.islice(range(10), None)), list(it.islice(range(10), 0)), list(it.islice(range(10), 5, 2)))
      src = iter(range(10))
      print(list(it.islice(src, 2, 4)), next(src))
      def gen():
          for i in range(100):
              print("  produced", i)
              yield i
      print(list(it.islice(gen(), 1, 3)))
      for args in [(-1,), (0, -1), (0, 5, 0), ("a",), (1.5, 2)]:
          try:
              it.islice([1], *args)
          except ValueError as e:
              print("ValueError:", e)
      try:
          it.islice()
      except TypeError as e:
          print("TypeError:", e)
    `);
  });

  it("groupby: keys, lazy groups sharing the iterator", () => {
    expectSameAsCPython(py`
      import itertools as it
      print([(k, list(g)) for k, g in it.groupby("aabbbcaa")])
      print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
      print([k for k, g in it.groupby("aabbc")], list(it.groupby([])))
      g = it.groupby("aabb")
      k1, g1 = next(g)
      k2, g2 = next(g)
      print(k1, list(g1), k2, list(g2))
      g = it.groupby("aaab")
      k, grp = next(g)
      print(next(grp), next(g)[0], list(grp))
      words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
      print({k: list(v) for k, v in it.groupby(words, key=lambda w: w[0])})
    `);
  });

  it("combinatorics", () => {
    expectSameAsCPython(py`
      import itertools as it
      print(list(it.product("ab", [1, 2])), list(it.product("ab", repeat=2)), list(it.product()), list(it.product("ab", [])))
      print(len(list(it.product(range(3), repeat=3))), list(it.product([1, 2], "x", repeat=2))[:3])
      print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
      print(list(it.combinations(range(4), 2)), list(it.combinations("abc", 0)), list(it.combinations(range(3), 5)))
      print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
      print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(10), 4)))
      for f in [lambda: it.permutations([1], -1), lambda: it.product(repeat=-1), lambda: it.combinations([1])]:
          try:
              f()
          except (ValueError, TypeError) as e:
              print(type(e).__name__, e)
    `);
  });
});

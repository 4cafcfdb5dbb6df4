# min/max/sorted with key and default, sum with start, map over several iterables,
# enumerate's start, reversed over dicts and sequences.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("max([])", lambda: max([]))
attempt("min([], default='d')", lambda: min([], default="d"))
attempt("max([1, 3, 2], key=neg)", lambda: max([1, 3, 2], key=lambda x: -x))
attempt("max('a', 'bb', 'c', key=len)", lambda: max("a", "bb", "c", key=len))
attempt("min(1)", lambda: min(1))
attempt("max(1, 2, default=0)", lambda: max(1, 2, default=0))
attempt("min((2, 'b'), (2, 'a'))", lambda: min((2, "b"), (2, "a")))
attempt("max({3: 'a', 5: 'b'})", lambda: max({3: "a", 5: "b"}))
attempt("max([1, 2], [1, 2, 0])", lambda: max([1, 2], [1, 2, 0]))
attempt("min([1, 'a'])", lambda: min([1, "a"]))
attempt("sorted by value", lambda: sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True))
attempt("sorted('bca', key=str.upper)", lambda: sorted("bca", key=str.upper))
attempt("sum([[1], [2]], [])", lambda: sum([[1], [2]], []))
attempt("sum(['a'], '')", lambda: sum(["a"], ""))
attempt("sum([1, 2], start=10)", lambda: sum([1, 2], start=10))
attempt("sum([0.1, 0.2, 0.3])", lambda: sum([0.1, 0.2, 0.3]))
attempt("sum([1, 2], 0.5)", lambda: sum([1, 2], 0.5))
attempt("sum([[1]])", lambda: sum([[1]]))
attempt("map two", lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
attempt("map pow", lambda: list(map(pow, [2, 3], [2, 2], [5, 5])))
attempt("map(len)", lambda: list(map(len)))
attempt("enumerate start", lambda: list(enumerate("ab", start=10)))
attempt("enumerate -1", lambda: list(enumerate("ab", -1)))
attempt("reversed dict", lambda: list(reversed({"a": 1, "b": 2})))
attempt("reversed items", lambda: list(reversed({"a": 1, "b": 2}.items())))
attempt("reversed values", lambda: list(reversed({"a": 1}.values())))
attempt("reversed set", lambda: reversed({1, 2}))
attempt("reversed iterator", lambda: reversed(iter([1])))
attempt("filter None", lambda: list(filter(None, [0, 1, "", "a", [], [0]])))
attempt("next default", lambda: next(iter([]), "dflt"))
attempt("iter sentinel", lambda: list(iter([3, 2, 1, 0, 5].pop, 1)))
attempt("any/all empty", lambda: (any([]), all([])))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


attempt("reversed(Seq())", lambda: list(reversed(Seq())))
attempt("list(Seq())", lambda: list(Seq()))
attempt("10 in Seq()", lambda: 10 in Seq())
attempt("len(5)", lambda: len(5))
attempt("divmod('a', 1)", lambda: divmod("a", 1))
attempt("sorted([3, 1], key=None)", lambda: sorted([3, 1], key=None))

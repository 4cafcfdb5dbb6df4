def f(a, b, c=1, *, d):
    return a
class K:
    def m(self, x):
        return x
NONE, FIVE, ONE_F = None, 5, 1.0
tests = [
    lambda: ord("ab"),
    lambda: range(1.5),
    lambda: [1, 2, 3][ONE_F],
    lambda: "x".join([1, 2]),
    lambda: (1).real.foo,
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: tuple(5),
    lambda: {}.fromkeys(5),
    lambda: sum(["a", "b"]),
    lambda: max(),
    lambda: min([]),
    lambda: divmod(1, 0),
    lambda: 2 ** -1 % 0,
    lambda: int.from_bytes("x", "big"),
    lambda: "{:d}".format("x"),
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "abc".index("d"),
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: round("x"),
    lambda: abs("x"),
    lambda: isinstance(1, 1),
    lambda: hash([]),
    lambda: frozenset([1]).add(2),
    lambda: (lambda x: x)(),
    lambda: print(sep=1),
    lambda: sorted([1], key=1),
    lambda: bytes("abc"),
    lambda: b"a" + "b",
    lambda: [1, 2, 3][::0],
    lambda: int("9" * 5000),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)

def f(a, b, c=3, *, d, e=5):
    return a + b + c + d + e
def g(x, /, y, *args, z=0, **kw):
    return (x, y, args, z, kw)
calls = [
    lambda: 1 < "2",
    lambda: [3, "a"].sort(),
    lambda: object().x,
    lambda: setattr(1, "x", 2),
    lambda: getattr(1, 2),
    lambda: iter(5),
    lambda: next([]),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: {}["k"],
    lambda: [][0],
    lambda: ()[-1],
    lambda: "abc"[5],
    lambda: "abc".index("z"),
    lambda: [1, 2].index(3),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: int(None),
    lambda: float("abc"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(1, 2, 0),
    lambda: "{} {}".format(1),
    lambda: "{x}".format(y=1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: super(int, "x"),
    lambda: bytes("abc"),
    lambda: "abc".encode("nope"),
    lambda: b"\xff".decode("utf-8"),
    lambda: round("x"),
    lambda: import_missing(),
]
for i, call in enumerate(calls):
    try:
        print(i, "ok", call())
    except Exception as e:
        print(i, type(e).__name__, e)

def f(a, b, c=3, *, d, e=5):
    return a + b + c + d + e
def g(x, /, y, *args, z=0, **kw):
    return (x, y, args, z, kw)
calls = [
    lambda: f(1, 2, d=4),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, q=9),
    lambda: f(1, 2, a=5, d=1),
    lambda: g(1, 2, 3, 4, z=5, w=6),
    lambda: g(x=1, y=2),
    lambda: g(),
    lambda: f(*[1, 2], **{"d": 7}),
    lambda: f(**{"a": 1, "b": 2, "d": 3, "e": 4}),
    lambda: (lambda: 1)(5),
    lambda: len(),
    lambda: len([], []),
    lambda: int("3", base=1),
    lambda: "abc".split(",", 1, 2),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: sorted([3, 1], reverse=True, key=None),
    lambda: max(),
    lambda: max([]),
    lambda: min([], default="empty"),
    lambda: divmod(1),
    lambda: print(1, sep=5),
    lambda: f(1, 2, *None, d=1),
    lambda: f(1, 2, **[1]),
    lambda: dict(1),
    lambda: dict([(1, 2, 3)]),
    lambda: tuple(5),
    lambda: list("ab", "c"),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: sum(["a", "b"], ""),
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: {1} + {2},
]
for i, call in enumerate(calls):
    try:
        print(i, "ok", call())
    except Exception as e:
        print(i, type(e).__name__, e)

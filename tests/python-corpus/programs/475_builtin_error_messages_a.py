def f(a, b, c=1, *, d):
    return a
class K:
    def m(self, x):
        return x
NONE, FIVE, ONE_F = None, 5, 1.0
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, e=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: {}[[1]],
    lambda: {[1]: 2},
    lambda: set([{}]),
    lambda: len(5),
    lambda: int([1]),
    lambda: float({}),
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [1, 2] + (3,),
    lambda: None + 1,
    lambda: -"x",
    lambda: ~1.5,
    lambda: NONE(),
    lambda: FIVE[0],
    lambda: (1, 2)[0:1][5],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].remove(2),
    lambda: "abc".split(1),
    lambda: list(1),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: int("12", 1),
    lambda: chr(-1),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __len__(self):
        return self.n
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
    def __contains__(self, x):
        return 0 <= x < self.n
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Countdown(5)), list(Range2(4)), list(reversed(Range2(3))), 2 in Range2(3), 5 in Range2(3))
print(list(Seq()), 20 in Seq(), [x for x in Seq() if x], list(enumerate(Seq(), 1)), sum(Seq()))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"), list(c))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
r = Range2(3)
print(list(zip(r, r)), list(map(lambda a, b: a * b, r, Seq())), len(r))
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
sentinel_iter = iter([1, 2, 0, 3].pop, 0) if False else iter(lambda: 1, 1)
print(list(sentinel_iter))
vals = iter(range(10))
print(list(zip(vals, vals)), any(x > 2 for x in [1, 5]), all([]), any([]))
print(dict(enumerate("ab")), list(zip("ab", range(5), strict=False)))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print(e)
it2 = iter(Countdown(2))
print(it2 is iter(it2), type(iter([])).__name__, type(iter(range(3))).__name__, type(iter("")).__name__, type(iter({})).__name__)

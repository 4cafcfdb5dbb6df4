# the iterator protocol: __iter__ and __next__
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
print(list(Countdown(5)))
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, "stop"))
for n in Countdown(2):
    print("tick", n)
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in range(0, len(self.items) - 1, 2):
            yield self.items[i], self.items[i + 1]
p = Pairs([1, 2, 3, 4, 5])
print(list(p), list(p), dict(p))
print(sum(a * b for a, b in p), sorted(p, reverse=True))
a, b = Pairs("wxyz")
print(a, b)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

import random
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.uniform(1.5, 2.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.sample(range(100), 5), random.sample(deck, 3), random.choices("xyz", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), random.randrange(0, 100, 5), random.getrandbits(40))
random.seed("hello")
print(random.random(), random.randint(0, 10**12))
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(1000)]
from collections import Counter
c = Counter(rolls)
for face in sorted(c): print(face, c[face], "#" * (c[face] // 10))
walk, pos = [], 0
for _ in range(20):
    pos += random.choice((-1, 1)); walk.append(pos)
print(walk, max(walk), min(walk))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(7)
print(r.randint(1, 10), r.choice([10, 20, 30]), r.expovariate(1.5), r.triangular(0, 10, 3), r.betavariate(2, 3))
print([round(random.vonmisesvariate(0, 1), 4) for _ in range(2)], random.lognormvariate(0, 1))
random.seed(0)
pts = [(random.random(), random.random()) for _ in range(10000)]
print(4 * sum(1 for x, y in pts if x * x + y * y <= 1) / len(pts))
random.seed(99)
items = list(range(10)); random.shuffle(items); print(items, random.randbytes(4))
print(random.sample(["a", "b", "c", "d"], k=4), random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "n/a")
print(random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2, 1), random.randint(-5, -1))

import random
random.seed(2024)
names = ["ann", "bob", "cat", "dan", "eve", "fay"]
print([random.choice(names) for _ in range(8)])
print(random.sample(names, 3), random.sample(range(1000), 4), random.randrange(10, 100, 7), random.randrange(50))
deck = list(range(52))
random.shuffle(deck)
print(deck[:10])
print(round(sum(random.random() for _ in range(1000)), 6), random.getrandbits(64), random.randint(-10**12, 10**12))
print([round(random.uniform(-1, 1), 4) for _ in range(3)], random.choices(range(5), k=5), random.choices("ab", cum_weights=[1, 10], k=6))
rng = random.Random(99)
print(rng.randint(1, 6), rng.random(), rng.choice((1, 2, 3)), rng.sample(["x", "y", "z"], 2))
random.seed(3.14)
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(-5)
print(random.random(), random.randint(0, 1))
random.seed(2**100)
print(random.random())
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
random.seed(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
print(random.shuffle([1]), random.sample([], 0), random.randbytes(4).hex())

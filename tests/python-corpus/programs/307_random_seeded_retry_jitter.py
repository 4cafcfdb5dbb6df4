# seeded random for reproducible jitter, sampling and shuffles
import random

random.seed(2024)
base = 0.1
delays = [round(base * 2**attempt * random.uniform(0.5, 1.5), 4) for attempt in range(5)]
print(delays)
servers = ["a", "b", "c", "d", "e"]
print(random.choice(servers), random.sample(servers, 3), random.randint(1, 6), random.randrange(0, 100, 10))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.random(), random.getrandbits(16))
print(random.choices(servers, weights=[5, 1, 1, 1, 1], k=6), random.choices("xy", k=4))
rng = random.Random(7)
rolls = [rng.randint(1, 6) for _ in range(12)]
print(rolls, sum(rolls), rng.gauss(0, 1) != 0)
again = random.Random(7)
print([again.randint(1, 6) for _ in range(12)] == rolls)
random.seed("session-abc")
print(random.random(), random.sample(range(1000), 4))
state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())
for bad in [lambda: random.choice([]), lambda: random.sample(range(3), 4), lambda: random.randrange(5, 5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

# infinite generators consumed with itertools.islice and takewhile
import itertools
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(itertools.islice(primes(), 15)))
print(list(itertools.islice(primes(), 5, 10)), list(itertools.islice(primes(), 0, 20, 5)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:12], len(list(collatz(27))))
print(list(itertools.takewhile(lambda x: x < 30, (n * n for n in itertools.count()))))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2, 8])))
counter = itertools.count(10, 5)
print(next(counter), next(counter), next(counter))
def cycle_colors():
    while True:
        yield from ("red", "green", "blue")
print(list(zip(range(5), cycle_colors())))
g = primes()
print([next(g) for _ in range(3)], next(g))
evens = (n for n in itertools.count() if n % 2 == 0)
print(list(itertools.islice(evens, 4)), list(itertools.islice(evens, 2)))

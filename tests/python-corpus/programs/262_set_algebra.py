# sets of numbers: CPython prints them in hash-table order, so these outputs are stable
evens = {n for n in range(0, 20, 2)}
odds = set(range(1, 20, 2))
primes = {2, 3, 5, 7, 11, 13, 17, 19}
print(evens, odds)
print(primes & odds, primes - odds, primes ^ evens)
print(evens | {100, 3}, len(evens | odds))
print(primes.issubset(range(20)), {2, 3} <= primes, primes > {2}, primes.isdisjoint({4, 6}))
print(primes.union([23], (29,)), primes.intersection(odds, range(10)))
print(primes.difference(odds, {2}), primes.symmetric_difference([1, 2]))
seen = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        print("repeat", x)
    seen.add(x)
print(seen, sorted(seen, reverse=True))
seen.discard(100)
seen.remove(9)
seen.update([30, 40])
seen.difference_update({1, 2})
print(seen)
seen.intersection_update(range(10))
print(seen)
frozen = frozenset([3, 1, 2])
print(frozen, frozen | {4}, {4} | frozen, frozen == {1, 2, 3})
lookup = {frozen: "abc", frozenset(): "empty"}
print(lookup[frozenset({1, 2, 3})], lookup[frozenset()])
points = {(0, 0), (1, 2), (2, 1)}
print(sorted(points), (1, 2) in points)
for bad in (lambda: set().pop(), lambda: seen.remove(99), lambda: seen.add([1]), lambda: {1} | [2]):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
ordered = {5, 3, 8}
print(ordered, ordered.pop(), ordered)

primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47}
evens = set(range(0, 50, 2))
print(primes & evens, primes - evens == primes - {2}, len(primes | evens))
print({1, 9, 17, 25, 33, 41}, {16, 32, 48, 64, 80})
seen = set()
for n in [64, 1, 8, 128, 16, 2, 8, 64, 1024, 3]:
    seen.add(n)
print(seen, sorted(seen))
seen.discard(8)
seen.add(40)
print(seen, 40 in seen, 8 in seen)
a = {10, 20, 30, 40, 50}
b = {40, 50, 60, 70}
print(a ^ b, a.symmetric_difference(b), b ^ a, a - b, b - a)
a ^= {10, 99}
print(a)
squares = {n * n % 17 for n in range(20)}
print(squares, len(squares))
pairs = {(x, y) for x in range(3) for y in range(2)}
print(sorted(pairs), len(pairs))
print(list({5: "a", 3: "b", 9: "c"}), set([3, 1, 2, 3, 1]), frozenset({7, 15, 23}))
popped = {100, 200, 300}
print(popped.pop(), popped)
data = [4, 8, 15, 16, 23, 42]
print({x % 5 for x in data}, {x // 10 for x in data}, set(map(abs, [-1, 1, -2])))

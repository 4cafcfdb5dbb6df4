# sets of small ints: operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({9}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1})
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s), 3 in s, 2 in s)
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(1)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
c -= {10}
print(c)
print(set([1, 1, 2, 2, 3]), set(), {0} == {0.0}, {1, 2} == {2, 1})
x = {5, 6}
print(x.pop() in (5, 6), len(x))
print(sorted({3, 1, 2}), sum({1, 2, 3}), max({4, 9, 2}))

# set in-place methods and mixed set/frozenset operations
s = {1, 2, 3, 4, 5}
s.intersection_update({2, 3, 4, 9})
print(s)
s.difference_update([3])
print(s)
s.symmetric_difference_update({4, 6})
print(s)
t = s.copy()
t.add(7)
print(s, t, s < t, t > s, s.issubset(t))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2), (1, 2)}))
print(set({"a": 1}) == {"a"}, set("aab") == {"a", "b"}, {1, 2} == frozenset({1, 2}))
print(sorted({n % 4 for n in range(10)}), {x for x in [3, 1, 2] if x > 1})
evens = set(range(0, 10, 2))
odds = set(range(1, 10, 2))
print(evens | odds == set(range(10)), evens & odds, evens.isdisjoint(odds))
print(sorted(evens - {0}), max(odds), min(evens), sum(odds), len(evens ^ odds))
u = set()
for group in [[1, 2], [2, 3], [5]]:
    u |= set(group)
print(u, 4 in u, 5 in u)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(set([1, 2]).union(), {3, 1}.intersection({1, 3}, [3]), {1, 2}.difference({2}, {1}))

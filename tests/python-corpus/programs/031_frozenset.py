# frozenset: hashable, usable as dict key and set member, mixed operations
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset({1})))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "first", frozenset({5}): "second"}
print(d[frozenset({1, 2, 3})], d[frozenset([5])])
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s))
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.isdisjoint(frozenset({7})))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(hash(f) == hash(frozenset([1, 2, 3])), sorted(f, reverse=True))
print(set(f), frozenset(f) is not None, f.union([0]), f.copy() == f)

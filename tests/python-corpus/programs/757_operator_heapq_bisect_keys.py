# operator getters, heapq and bisect with key=, sorting stability with compound keys.
import bisect
import heapq
import operator

class A:
    pass
x = A()
x.n = A()
x.n.m = 5
print(operator.attrgetter("n.m")(x), operator.attrgetter("n", "n.m")(x)[1])
print(operator.itemgetter(0, 2)("abc"), operator.itemgetter(slice(1, None))([1, 2, 3]), operator.itemgetter("a")({"a": 9}))
print(operator.methodcaller("split", ",", 1)("a,b,c"), operator.methodcaller("upper")("x"))
print(repr(operator.attrgetter("a.b")), repr(operator.itemgetter(1)), repr(operator.methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf([1, 2], 2))
print(operator.truth(0), operator.neg(3), operator.inv(5), operator.not_(1), operator.is_(None, None))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.getitem(l, 1), operator.iadd([1], [2]))
h = []
for v in [5, 1, 4, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(2, [3, 1, 4, 1, 5], key=lambda v: -v), heapq.nsmallest(3, ["bb", "a", "ccc", "dd"], key=len))
print(list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([3, 1], [4, 2], reverse=True)))
hh = [(2, "b"), (1, "a"), (1, "c")]
heapq.heapify(hh)
print([heapq.heappop(hh) for _ in range(3)])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([1, 2], 5))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
lst = [1, 3]
bisect.insort_left(lst, 2)
bisect.insort_right(lst, 3, lo=1)
print(lst)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as ex:
    print(ex)
data = [("b", 2, 1.0), ("a", 2, 0.5), ("c", 1, 2.0), ("a", 1, 0.5)]
print(sorted(data, key=lambda t: (-t[1], t[0])))
print(sorted(data, key=operator.itemgetter(2, 0), reverse=True))
print(sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
print(sorted(["B", "a", "C", "b"], key=str.lower), sorted(["B", "a", "C", "b"]))
print(min(data, key=lambda t: t[2]), max(data, key=lambda t: t[2]))

import itertools as it
import functools
import operator
print(list(it.product("ab", [1, 2])), list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement([1, 2], 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"], key=lambda w: w[0])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabbbcccaa")])
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(it.pairwise([1, 2, 4, 7])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 10))
double = functools.partial(operator.mul, 2)
print(double(21), list(map(double, range(4))), double.args)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=operator.itemgetter(0)), operator.attrgetter("real")(3))
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), max(vs))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))

# itertools.count, chain, chain.from_iterable, repeat, cycle, islice
import itertools
print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.islice(itertools.count(1, -1), 3)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 3)))
print(list(itertools.chain([1, 2], (3,), "ab", range(2))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.chain()))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0))))
print(list(itertools.islice(itertools.cycle("abc"), 7)))
print(list(itertools.islice("abcdefg", 2)), list(itertools.islice("abcdefg", 2, 4)))
print(list(itertools.islice("abcdefg", 1, None, 2)), list(itertools.islice(range(10), 0, 10, 3)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it), list(itertools.islice(it, 2)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
c = itertools.count(10)
print(next(c), next(c), repr(c))

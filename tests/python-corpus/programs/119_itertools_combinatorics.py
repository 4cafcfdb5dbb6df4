# permutations, combinations, accumulate, zip_longest, starmap, compress, pairwise
import itertools
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(3), 2)), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.combinations("ab", 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.zip_longest("abc", [1])), list(itertools.zip_longest("ab", "x", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.filterfalse(lambda n: n % 2, range(7))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([])))

# itertools.product and groupby
import itertools
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.product("ab", "cd", "e")), list(itertools.product()), list(itertools.product([], [1])))
print(["".join(p) for p in itertools.product("xy", repeat=2)])
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
for key, group in itertools.groupby(data, key=lambda t: t[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")])
print([k for k, _ in itertools.groupby(sorted("mississippi"))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
grouped = {k: list(g) for k, g in itertools.groupby(sorted(words), key=lambda w: w[0])}
print(grouped)
groups = itertools.groupby([1, 1, 2, 2])
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, second_key, list(first_group))
print([(k, list(g)) for k, g in itertools.groupby([1, 2, 4, 6, 7, 9], key=lambda n: n % 2)])

# itertools for batching, pagination and combinations in handler code
import itertools

items = [f"item{i}" for i in range(1, 12)]


def pages(seq, size):
    it = iter(seq)
    while True:
        page = list(itertools.islice(it, size))
        if not page:
            return
        yield page


for n, page in enumerate(pages(items, 4), 1):
    print(n, page)
ids = itertools.count(1000, 5)
print([next(ids) for _ in range(3)], next(ids))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
events = [("alice", "login"), ("alice", "view"), ("bob", "login"), ("alice", "logout"), ("bob", "view")]
for user, group in itertools.groupby(sorted(events, key=lambda e: e[0]), key=lambda e: e[0]):
    print(user, [action for _, action in group])
print(list(itertools.chain.from_iterable([[1, 2], [], [3]])), list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.product("AB", range(2))), list(itertools.combinations("abcd", 3))[:3])
print(list(itertools.permutations([1, 2, 3], 2)), len(list(itertools.combinations_with_replacement(range(4), 2))))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(itertools.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
cycle = itertools.cycle(["red", "green"])
print([next(cycle) for _ in range(5)], list(itertools.repeat("x", 3)), list(itertools.filterfalse(str.isdigit, "a1b2")))
try:
    itertools.islice(items, -1)
except ValueError as e:
    print("ValueError:", e)

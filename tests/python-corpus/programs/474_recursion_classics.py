def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]))
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(subsets(["a", "b", "c"]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 5))
def binsearch(a, t, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    return binsearch(a, t, mid + 1, hi) if a[mid] < t else binsearch(a, t, lo, mid - 1)
a = list(range(0, 100, 3))
print([binsearch(a, t) for t in [0, 3, 99, 50, 51]])
def merge_sort(xs):
    if len(xs) < 2:
        return xs
    mid = len(xs) // 2
    l, r = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
depth = lambda n: 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        out.update(flatten_dict(v, key) if isinstance(v, dict) else {key: v})
    return out
print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}}))

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(5)), hanoi(2))
def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            out.append(x + rest)
    return out
print(permutations("abc"))
def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, (3, [4, [5]])], 6]))
def binary_search(a, t, lo=0, hi=None):
    hi = len(a) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    return binary_search(a, t, mid + 1, hi) if a[mid] < t else binary_search(a, t, lo, mid - 1)
arr = list(range(0, 100, 7))
print([binary_search(arr, t) for t in (0, 49, 50, 98)])
def merge_sort(a):
    if len(a) < 2:
        return a
    m = len(a) // 2
    left, right = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))

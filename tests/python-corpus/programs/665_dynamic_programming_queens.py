from itertools import permutations, combinations, product
import math

def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c:
                dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1); c -= items[i - 1][0]
    return dp[-1][-1], chosen[::-1]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def edit(a, b):
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1): d[i][0] = i
    for j in range(n + 1): d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i-1] != b[j-1]))
    return d[m][n]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n: sols.append(cols[:]); return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c); place(row + 1, cols); cols.pop()
    place(0, [])
    return sols
s = queens(6)
print(len(s), s[0])
for r in s[0]: print(" ".join("Q" if c == r else "." for c in range(6)))
def perms(xs):
    if len(xs) <= 1: yield list(xs); return
    for i, x in enumerate(xs):
        for p in perms(xs[:i] + xs[i+1:]): yield [x] + p
print(list(perms([1, 2, 3])) == [list(p) for p in permutations([1, 2, 3])])
print(list(combinations("ABCD", 2)), len(list(product(range(3), repeat=3))))
def sieve(n):
    is_p = [True] * (n + 1); is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]: is_p[i*i::i] = [False] * len(is_p[i*i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
f = math.factorial(50)
print(f, len(str(f)), sum(map(int, str(f))))
a, b = 0, 1
for _ in range(200): a, b = b, a + b
print(a, f"{a:,}", f"{a:.3e}", a.bit_length())
print(math.comb(52, 5), math.perm(10, 3), math.gcd(462, 1071), math.lcm(4, 6, 10))

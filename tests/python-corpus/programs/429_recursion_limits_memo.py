def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[(n, k)]
print(partitions(50, 50), len(memo))

# dynamic programming: LCS, edit distance, knapsack, coin change, LIS
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abc", "def"), repr(lcs("", "x")))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for weight, value in items:
        for c in range(cap, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
    return ways[amount]
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 300))
def lis(nums):
    lengths = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i]:
                lengths[i] = max(lengths[i], lengths[j] + 1)
    return max(lengths, default=0)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([5, 4, 3]))
pascal = [[1]]
for _ in range(9):
    row = pascal[-1]
    pascal.append([1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1])
print(pascal[-1], sum(pascal[-1]))

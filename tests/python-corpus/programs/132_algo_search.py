# binary search, two pointers, sliding window
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def binary_search(a, x):
    i = bisect_left(a, x)
    return i if i < len(a) and a[i] == x else -1
data = [1, 3, 3, 5, 8, 13, 21, 34]
print([binary_search(data, x) for x in [1, 3, 4, 34, 35, 0]])
print([bisect_left(data, x) for x in [0, 3, 6, 100]])
def two_sum(nums, target):
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return (nums[i], nums[j])
        if s < target:
            i += 1
        else:
            j -= 1
    return None
print(two_sum(data, 16), two_sum(data, 100))
def max_window(nums, k):
    best = cur = sum(nums[:k])
    for i in range(k, len(nums)):
        cur += nums[i] - nums[i - k]
        best = max(best, cur)
    return best
print(max_window([2, -1, 3, 5, -2, 6, 1], 3))
def longest_unique(s):
    seen = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in seen and seen[ch] >= start:
            start = seen[ch] + 1
        seen[ch] = i
        best = max(best, i - start + 1)
    return best
print([longest_unique(s) for s in ["abcabcbb", "bbbb", "pwwkew", ""]])

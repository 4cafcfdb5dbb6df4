# sort and sorted: key, reverse, stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
data = ["b2", "a10", "a2", "c1", "b1"]
data.sort(key=lambda s: s[0])
print(data)
data.sort(key=lambda s: int(s[1:]))
print(data)
print(sorted([3, 1, 2], reverse=True), sorted((5, 4)), sorted({3: 0, 1: 0}))
print(sorted([-3, 2, -1], key=abs), sorted(["aa", "B", "c"], key=str.upper))
print(sorted([1.5, 1, True, 0, -2]), sorted([[2, 1], [1, 9], [1, 2]]))
nums = [5, 3, 8]
result = nums.sort()
print(result, nums)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "fig", "apple", "kiwi", "plum"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

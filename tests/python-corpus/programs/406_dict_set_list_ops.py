inventory = {"apples": 5, "pears": 0, "plums": 12}
inventory["kiwis"] = 7
inventory.update(pears=3, figs=1)
print(inventory, len(inventory))
print(sorted(inventory), sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in inventory.items() if v > 4})
print(inventory.pop("figs"), inventory.pop("nope", None), inventory.setdefault("dates", 0), inventory.get("x", "n/a"))
del inventory["dates"]
print(list(inventory.keys()), list(inventory.values()), "apples" in inventory, 5 in inventory)
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, dict(zip("xyz", range(3))), dict.fromkeys(["p", "q"], []))
nested = {"user": {"name": "ann", "tags": ["a", "b"]}, "count": 2}
print(nested["user"]["tags"][-1], nested)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}))
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(len(w))
print(s, sorted(s, reverse=True), {x % 3 for x in range(10)})
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums, nums[::-1], nums[1:4], nums[-2:], nums[::2])
nums.insert(2, 42)
nums.extend([7, 7])
print(nums, nums.count(7), nums.index(42), nums.pop(), nums.pop(0), nums)
nums.remove(7)
nums.reverse()
print(nums, sum(nums), min(nums), max(nums), sorted(nums, key=lambda n: abs(n - 6)))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[i] for i, row in enumerate(matrix)], sum(map(sum, matrix)))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
stack, queue = [], []
for i in range(3):
    stack.append(i)
    queue.insert(0, i)
print(stack.pop(), queue.pop(), stack, queue)
copy = matrix[:]
copy[0] = "changed"
deep = [row[:] for row in matrix]
deep[1][1] = 0
print(matrix[0], matrix[1][1], copy[0], deep[1])
print([x for x in range(20) if x % 2 if x % 3], [(x, y) for x in range(3) for y in range(x)])
print(list(enumerate("abc", start=1)), list(reversed(range(4))), any(x > 8 for x in nums), all(nums))

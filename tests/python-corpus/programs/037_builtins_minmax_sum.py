# min, max, sum, abs, any, all
nums = [4, -7, 2, 9, -1]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "fig", key=len))
print(min(nums, key=abs), max(nums, key=lambda n: -n))
print(min([], default="empty"), max((), default=None), min([5], default=0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(max([1, 3, 3, 2], key=lambda x: x // 2), min(["b", "a", "A"]))
print(max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]))
print(sum(nums), sum([]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(sum(x * x for x in range(4)), sum((1.5, 2.5)), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True))
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(x > 3 for x in nums))
print(all([]), any([]), all(iter([])))

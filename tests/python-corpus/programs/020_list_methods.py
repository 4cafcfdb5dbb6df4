# every list method
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
print(a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count(7))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
b = a.copy()
b.reverse()
print(a, b)
nums = [n for n in a if isinstance(n, int)]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.clear()
print(nums, len(nums))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 3 in [1, 2, 3], [] == [])

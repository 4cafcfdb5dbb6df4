# next() on an exhausted iterator at module level: StopIteration escapes
# raises: StopIteration
tasks = iter(["build", "test"])
print(next(tasks))
print(next(tasks))
print(next(tasks, "no more tasks (default)"))
nums = iter(range(2))
for n in nums:
    print("n", n)
print(next(nums))
print("never printed")

# list methods: building, searching, sorting with keys, and the errors they raise
scores = [88, 92, 75, 92, 60]
scores.append(99)
scores.extend([70, 85])
scores.insert(0, 100)
scores.insert(-1, 50)
print(scores, len(scores))
print(scores.count(92), scores.index(92), scores.index(92, 3))
scores.remove(92)
print(scores.pop(), scores.pop(0), scores)
scores.sort()
print(scores)
scores.sort(key=lambda s: (s % 10, -s), reverse=True)
print(scores)
names = ["bob", "Alice", "carol", "Dave"]
names.sort(key=str.lower)
print(names, names[::-1])
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
copy = pairs.copy()
copy.reverse()
print(copy[0], pairs[0], copy is pairs)
for bad in (lambda: scores.index(1234), lambda: [].pop(), lambda: scores.pop(99),
            lambda: scores.remove("x"), lambda: scores.sort(1), lambda: list.append(5, 1)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid, [row.count(0) for row in grid])
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print("close", ch, "matches", stack.pop())
print(stack, [1, 2] * 2, [3] + [4], [1, 2] < [1, 3])

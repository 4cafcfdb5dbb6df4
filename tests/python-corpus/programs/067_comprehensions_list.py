# list comprehensions: conditions, nesting, scope
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row if n % 2])
print([row[i] for i, row in enumerate(matrix)])
print([c.upper() for c in "hello" if c not in "l"])
x = "outer"
result = [x for x in range(3)]
print(result, x)
words = ["apple", "bob", "kayak", "python"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
print([(i, w) for i, w in enumerate(words) if len(w) > 3])
print([a + b for a, b in zip("abc", "xyz")])
print([[c for c in w] for w in ["ab", "cd"]])
print([i for i in []], [None for _ in range(2)])
print([y := 5, y ** 2])
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])

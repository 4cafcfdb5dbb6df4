# comparisons and nesting of lists
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]])
print([1, "a"] == [1, "a"], [0.5] == [0.5], [1] == [1.0], [True] == [1])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
nested = [1, [2, [3, [4, []]]]]
print(nested, nested[1][1][1], len(nested))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(nested))
m = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*m)])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5]]))
x = [1, 2]
x.append(x)
print(x)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)

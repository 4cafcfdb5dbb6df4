# a KeyError whose key is a tuple is shown with the repr of the tuple
# raises: KeyError
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(len(grid), grid[(2, 2)])
# (3, 0) is outside the 3x3 grid
path = [(0, 0), (1, 2), (2, 1), (3, 0)]
print("walking", len(path), "points")
for point in path:
    print(point, "->", grid[point])
print("never printed")

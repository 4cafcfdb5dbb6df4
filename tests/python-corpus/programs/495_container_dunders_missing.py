class Registry(dict):
    def __missing__(self, key):
        self[key] = f"auto-{key}"
        return self[key]
r = Registry(a=1)
print(r["a"], r["b"], r, r.get("c"), "c" in r, len(r))
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v): self.cells[pos] = v
    def __delitem__(self, pos): del self.cells[pos]
    def __len__(self): return len(self.cells)
g = Grid()
g[0, 1] = "X"; g[2, 2] = "O"
del g[2, 2]
print(g[0, 1], g[5, 5], len(g), g.cells, bool(g))
class Bad:
    def __len__(self): return -1
class Bad2:
    def __len__(self): return "3"
class Bad3:
    def __bool__(self): return 1
for obj in [Bad(), Bad2()]:
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bool(Bad3())
except TypeError as e:
    print(e)

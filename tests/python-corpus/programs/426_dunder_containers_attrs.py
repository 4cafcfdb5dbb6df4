class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __call__(self, scale):
        return Matrix([[v * scale for v in r] for r in self.rows])
    def __neg__(self):
        return self(-1)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], len(m), 4 in m, 9 in m, list(m), m @ m, m(2), -m)
class Temperature:
    def __init__(self):
        self._c = 0
    def __getattr__(self, name):
        if name == "fahrenheit":
            return self._c * 9 / 5 + 32
        raise AttributeError(f"{type(self).__name__} has no {name}")
    def __setattr__(self, name, value):
        if name == "celsius":
            name = "_c"
        super().__setattr__(name, value)
t = Temperature()
t.celsius = 100
print(t.fahrenheit, t._c, vars(t))
try:
    t.kelvin
except AttributeError as e:
    print(e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)), 9 in Seq(5), [x for x in Seq(3)])

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def T(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A + B)
print(2 * A)
print(A * 0.5)
print(A.T())
print(A.shape, Matrix([[1, 2, 3]]).shape)
I = Matrix([[1 if i == j else 0 for j in range(3)] for i in range(3)])
C = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(C @ I == C)
try:
    A @ C
except ValueError as e:
    print(e)
det = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det(A.rows), [[round(x / det(A.rows), 3) for x in r] for r in [[4, -2], [-3, 1]]])
print(list(map(sum, C.rows)), [sum(c) for c in zip(*C.rows)])

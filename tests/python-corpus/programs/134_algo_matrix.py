# matrices as nested lists
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
print(matpow([[1, 1], [1, 0]], 90)[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det(a))
def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))
show(matmul(identity(3), [[1, -20, 3], [400, 5, 6], [7, 8, 9000]]))
spiral = []
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print(spiral)
print([[round(x / 3, 2) for x in row] for row in a])

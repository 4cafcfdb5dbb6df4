import cmath
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z ** 2, complex(1, -1), type(z).__name__)
print((1 + 2j) / (3 - 4j), 2j * 2j, complex("1+2j"), -1j, 1j ** 2, (0.5+0j), repr(1.5j))
print(cmath.sqrt(-1), cmath.phase(1j), cmath.polar(1 + 1j)[0])
print((-8) ** (1 / 3), (-1) ** 0.5, 2 ** 0.5)
print(1 + 0j == 1, hash(2.5 + 0j) == hash(2.5), bool(0j), complex("  -3.5J "), complex(imag=2))


def solve_quadratic(a, b, c):
    d = b * b - 4 * a * c
    root = cmath.sqrt(d) if d < 0 else d ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8)]:
    print(coeffs, solve_quadratic(*coeffs))
for f in [lambda: 1j < 2j, lambda: int(1j), lambda: 1 / 0j]:
    try:
        f()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

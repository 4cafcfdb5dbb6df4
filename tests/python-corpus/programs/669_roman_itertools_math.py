import itertools, functools, operator, math, string
from typing import Iterator

def roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        q, n = divmod(n, v); out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I")) if s else 0
for n in (1994, 2024, 3999, 4, 49):
    r = roman(n); print(n, r, from_roman(r))
def primes() -> Iterator[int]:
    yield 2
    seen = []
    for n in itertools.count(3, 2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, seen)):
            seen.append(n); yield n
print(list(itertools.islice(primes(), 15)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.pairwise("abcd")))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.compress("abcdef", [1, 0, 1])))
print(functools.reduce(math.gcd, [48, 36, 120]), math.prod(range(1, 11)), math.isclose(0.1 * 3, 0.3))
matrix = [[1, 2, 3], [4, 5, 6]]
T = [list(r) for r in zip(*matrix)]
def matmul(a, b): return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(T, matmul(matrix, T))
for row in matmul(T, matrix): print(" ".join(f"{v:4d}" for v in row))
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j+1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]))
print(string.ascii_uppercase[::3], string.punctuation[:10], string.Template("$who likes $what").substitute(who="tim", what="pie"))
print(f"{math.pi:.10f} {math.e:10.4f}| {math.sqrt(2):<12.6}| {math.inf} {-math.inf} {math.nan}")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.log(1000, 10), math.log2(1024), math.hypot(3, 4), math.degrees(math.pi))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), bin(-10), hex(255), oct(8), int("ff", 16), int("0b101", 0))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), sorted(["b", "A", "c"], key=lambda s: (s.lower(), s)))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0], reverse=True), max("abc", key=ord), min([], default=None))
print(divmod(17, -5), 17 % -5, -17 // 5, 2 ** -1, 10 ** 20 // 7, pow(3, 200, 1000), abs(-3 + 4j), complex(1, 2) * 2j)

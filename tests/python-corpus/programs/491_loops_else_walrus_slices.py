for i in range(3):
    if i == 5:
        break
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
data = [1, 2, 3, 4, 5, 6]
if (count := len(data)) > 5:
    print("long", count)
print([y for x in data if (y := x * x) > 10], y)
a = b = c = 0
a, *rest = data
*init, last = data
first, *mid, end = "hello"
print(a, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 < x < 3)
del data[1:3]
print(data)
del data[::2]
print(data)
lst = list(range(10))
lst[2:5] = ["a"]
lst[::3] = [0] * len(lst[::3])
print(lst, lst[-3:], lst[:-7:-2])
print("yes" if x else "no", x if x > 10 else -x, [i if i % 2 else -i for i in range(5)])
s = "abc"
print(s * 0, s[10:], s[-100:2], s[::-1][::2])
t = 1,
print(t, type(t).__name__, (), (1), ((1,),))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(sum(map(sum, matrix)), max(map(max, matrix)), [x for row in matrix for x in row if x % 2])
val = None
print(val or "default", 0 or "", [] or [0], 1 and 2, 0 and 1, not None, None is None)
i = 10
i += 5; i -= 3; i *= 2; i //= 5; i **= 2; i %= 7; i <<= 2; i |= 1; i ^= 3; i &= 0xff; i >>= 1
print(i)
print(*range(3), sep=" | ", end=" <end>\n")
print(*"ab", *[1, 2], **{"sep": "-"})
print({**{"a": 1}, **{"b": 2}}, [*range(2), *"xy"], {*[1, 2], *[2, 3]})
def f(*, a, b=2): return a + b
print(f(a=1), f(b=3, a=1))
def g(a, b, /, c): return a, b, c
print(g(1, 2, c=3), g(1, 2, 3))
print(type(...).__name__, ... is Ellipsis, NotImplemented)

# augmented assignment on numbers, strings, lists, dict items and attributes
n = 10
n += 5; n -= 3; n *= 2; n /= 4
print(n)
n = 17
n //= 5; n **= 3; n %= 10
print(n)
b = 0b1010
b &= 0b0110; b |= 0b1000; b ^= 0b0001; b <<= 2; b >>= 1
print(b)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)
class C:
    total = 0
c = C()
c.total += 5
print(c.total, C.total)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
f = 1.5
f += 1
print(f, type(f).__name__)
x = 2 ** 62
x *= x
print(x)
try:
    undefined_counter += 1
except NameError as e:
    print("NameError:", e)

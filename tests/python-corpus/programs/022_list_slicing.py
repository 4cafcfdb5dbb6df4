# list slicing, slice assignment and del with slices
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-2:], a[:-7], a[7:2:-2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [-2, -1]
print(b)
b[-1:] = []
print(b)
b[::2] = ["e"] * len(b[::2])
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[1]
del c[::3]
print(c)
del c[-2:]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = "abc"
print(d)
d[len(d):] = [9]
print(d)
try:
    d[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del d[10]
except IndexError as e:
    print("IndexError:", e)
print(d[10:20], d[-100:1])

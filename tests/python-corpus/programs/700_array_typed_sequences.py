from array import array
import array as array_module

print(array_module.typecodes)
a = array('i', [3, 1, 4, 1, 5])
print(a, len(a), a.typecode, a.itemsize)
a.append(9)
a.extend([2, 6])
a.insert(0, -1)
print(a, a.pop(), a.pop(0), a.count(1), a.index(4))
a.remove(1)
a.reverse()
print(a, a.tolist(), a[1:3], a[::-2], a[-1])
print(a + array('i', [7]), array('b', [1, 2]) * 2, a == array('i', a.tolist()))
print(array('d', [1, 2.5]), array('f', [0.1]), array('u', 'héllo'), array('h'))
b = array('h', [1, 256, -2])
raw = b.tobytes()
print(raw, array('h', raw), array('B', raw))
b.byteswap()
print(b)
c = array('B')
c.frombytes(b'\x00\xff')
c.fromlist([7, 8])
print(c, bytes(c), array('u', 'ab').tounicode())
del c[1]
c[0:2] = array('B', [10, 11, 12])
print(c, 12 in c, sorted(c, reverse=True), list(reversed(c)))
print(array('q', [-2**63, 2**63 - 1]), array('d', array('i', [1, 2])))
cases = [
    ("b", 128), ("b", -200), ("B", -1), ("B", 256), ("h", 40000), ("H", -1),
    ("H", 70000), ("i", 2**31), ("I", -5), ("I", 2**32), ("l", 2**63), ("L", 2**64),
    ("q", 2**64), ("Q", -1), ("i", 1.5), ("i", "7"), ("d", "x"), ("u", "ab"),
]
for code, value in cases:
    try:
        array(code, [value])
    except (OverflowError, TypeError) as e:
        print(code, repr(value), type(e).__name__, e)
for bad in [lambda: array("z"), lambda: array("i", "abc"), lambda: a + [1],
            lambda: a + array("d"), lambda: a.remove(99), lambda: array("i").pop(),
            lambda: a[99], lambda: a.frombytes(b"abc"), lambda: a.fromlist((1,)),
            lambda: a.extend(array("b")), lambda: array("i").tounicode(), lambda: hash(a)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
x = array('i', [1, 2, 3, 4])
try:
    x[::2] = array('i', [0])
except ValueError as e:
    print(e)
x[::2] = array('i', [0, 0])
x += array('i', [5])
x *= 2
print(x, x < array('i', [1]), array('f', [1e40]), array('i', [1, 2]) == array('d', [1.0, 2.0]))

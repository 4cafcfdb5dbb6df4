a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
def g():
    try:
        yield 1
    finally:
        yield 2
x = g()
next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        return "try"
    finally:
        return "finally"
print(h())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
k()
class P:
    def __eq__(self, o):
        return True
try:
    hash(P())
except TypeError as e:
    print(e)
print({1: "a"} == {True: "a"}, [0.0] == [-0.0], (1, 2) < (1, 2, 0), "b" > "abc", [1, [2]] < [1, [3]])
print("{name}-{n:03}".format_map({"name": "x", "n": 7}), "abc".isidentifier(), "1a".isidentifier(), "a\tb".isprintable())
print("%s %r %d" % (None, None, True), "%.2f%%" % 99.5, "%x" % 255, "%5s|%-5s|" % ("ab", "cd"), "%c" % 65)
print(0o777, 0b1010, 0xFF, 1_000_000, 1e3, 1E-2, 0.5e1, .5, 5., 1_0.0_1)
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z * z, z.conjugate(), complex("1+2j"), (1 + 2j) / (3 - 4j), -z)
print(int(True), float(False), str(True).lower(), True + True, True * 3, bool("False"), bool(0.0), bool([0]))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
print(type(None).__name__, None.__class__, None == 0, None is not False, [None] * 2)
print(max([], default="empty"), min((3, 1, 2)), sum([], 10), sorted([], reverse=True), list(reversed(range(0))))
print(list(range(10, 0, -3)), range(5)[::-1], range(0, 10, 2)[1:3], len(range(0, 10, 3)), 4 in range(0, 10, 2), range(3) == range(0, 3))

# str.format: positional, indexed, named, attributes, items, specs, conversions
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{0}{0}".format("ab"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {1[k]}".format([7, 8], {"k": "v"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}-{p.y}".format(p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0:,} {0:x} {0:o} {0:b} {0:e}".format(1000000))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>6}".format("q"))
print("{{}} {{{}}}".format("in braces"), "{:%}".format(0.125))
data = {"user": "ann", "id": 7}
print("{user}#{id}".format(**data), "{0}{1}{2}".format(*"xyz"))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{0:{1}}|".format("w", 4), "{:.{}f}".format(2.71828, 3))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print(format(12, "^6"), format("s", "*>3"), "{:,.2f}".format(1234567.891))
print(str.format("{}+{}", 1, 2), "{}".format(None), "{:>5}".format(None) if False else "skip")

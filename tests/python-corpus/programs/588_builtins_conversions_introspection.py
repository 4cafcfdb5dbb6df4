# chr/ord/ascii, bin/oct/hex of negatives, isinstance with tuples and unions, type()
# with three arguments, vars/dir of a simple class, print to sys.stdout with flush.
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(ascii("é€😀\n"), ascii(["é"]), chr(0x1F600), ord("€"), chr(65), repr(chr(0)), ord(b"a"), ord(bytearray(b"z")))
print(bin(-5), oct(-8), hex(-255), bin(0), hex(2**70), f"{-255:#x}", format(-8, "o"))
for f in ["chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "ord(b'ab')", "bin(1.5)", "hex('a')", "chr('a')"]:
    attempt(f, lambda: eval(f))
print(isinstance(1, (str, int)), isinstance(1, int | str), isinstance("a", (float, (list, str))), isinstance(True, int))
print(issubclass(bool, int | float), isinstance(None, type(None) | int), int | str, list[int] | None, isinstance([], list | None))
attempt("isinstance(1, 'int')", lambda: isinstance(1, "int"))
attempt("isinstance(1, list[int])", lambda: isinstance(1, list[int]))
attempt("issubclass(1, int)", lambda: issubclass(1, int))

Point = type("Point", (object,), {"x": 1, "norm": lambda self: self.x * 2})
p = Point()
print(Point.__name__, p.norm(), Point.x, type(p) is Point, Point.__bases__, type(3), type(type))
Sub = type("Sub", (Point,), {"x": 5})
print(Sub.__mro__[1].__name__, Sub().norm(), issubclass(Sub, Point))
attempt("type('Z', (), {}, 1)", lambda: type("Z", (), {}, 1))
attempt("type(1, 2)", lambda: type(1, 2))


class Plain:
    kind = "plain"

    def __init__(self):
        self.b = 2
        self.a = 1

    def method(self):
        return self.a


obj = Plain()
print(vars(obj), obj.__dict__, [n for n in dir(Plain) if not n.startswith("__")], [n for n in dir(obj) if not n.startswith("__")])
print(dir(Plain) == sorted(dir(Plain)), "__init__" in dir(obj), "kind" in vars(Plain))
attempt("vars(1)", lambda: vars(1))
print("x", file=sys.stdout, flush=True)
print("y", "z", sep="", end="!\n", file=None)
print(sys.stdout.write("w\n"))
print(*[1, 2], sep=", ")
attempt("print(1, sep=5)", lambda: print(1, sep=5))
attempt("print(1, foo=1)", lambda: print(1, foo=1))
print(hash(1), hash(-1), hash(0), hash(2**64), hash((1, 2, 3)), hash(()), hash(frozenset({1, 2})), hash(True), hash((1.0, 2)) == hash((1, 2)), hash(3 + 0j))
attempt("hash([])", lambda: hash([]))
attempt("hash((1, [2]))", lambda: hash((1, [2])))

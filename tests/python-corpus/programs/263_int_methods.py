# int methods: bits, bytes, ratios, and the operator dunders called directly
for n in (0, 1, 5, 255, 256, -129, 2**64):
    print(n, n.bit_length(), n.bit_count(), hex(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2, 3], "big"))
packet = (2024).to_bytes(2, "big") + (7).to_bytes(1, "big")
print(packet, int.from_bytes(packet[:2], "big"), packet[2])
for bad in (lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((6).as_integer_ratio(), (6).real, (6).imag, (6).numerator, (6).denominator)
print((5).__add__(3), (5).__radd__(3), (5).__sub__(8), (5).__rsub__(8), (5).__mul__(4))
print((7).__floordiv__(2), (7).__mod__(3), (7).__divmod__(2), (2).__pow__(10), (2).__pow__(10, 1000))
print((5).__add__(1.5), (5).__eq__(5.0), (5).__lt__(6), (5).__and__(3), (5).__lshift__(2))
print(int.__add__(2, 3), (5).__neg__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((25).__round__(-1), (35).__round__(-1), (5).__trunc__(), (5).__index__(), (5).__float__())
print(True.__and__(False), True.__or__(2), True.__xor__(True), True.__repr__(), True.real)
print(hash(-1), hash(5), hash(2**61), hash(2**61 + 5), hash(True), hash(1.0), hash(-2.0))
class Meters:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Meters(self.n + (other.n if isinstance(other, Meters) else other))
    __radd__ = __add__
    def __repr__(self):
        return f"Meters({self.n})"
print(sum([Meters(1), Meters(2)], 0), 5 + Meters(1), (5).__add__(Meters(1)))
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", e)

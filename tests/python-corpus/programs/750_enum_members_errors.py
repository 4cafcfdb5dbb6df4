# enum: aliases, lookups, unique, _missing_, functional API, members are final and read-only.
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color), list(Color.__members__))
print(Color(2), Color["BLUE"], repr(Color.RED), Color._member_names_, Color._value2member_map_)
for bad in (lambda: Color(7), lambda: Color["PINK"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
for action in (lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "RED")):
    try:
        action()
    except AttributeError as e:
        print(e)
print(isinstance(Color.RED, Color), f"{Color.RED}", f"{Color.RED!r}", format(Color.RED))
Color.extra = "fine"
print(Color.extra)
try:
    class E2(Color):
        pass
except TypeError as e:
    print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)

class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A if isinstance(value, str) else None
print(M("zzz"))
try:
    M(9)
except ValueError as e:
    print(e)
Animal = Enum("Animal", "ANT BEE CAT")
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(list(Animal), repr(Animal.CAT), Shape(3), Enum("Y", "A,B", start=10).B.value)

class S(StrEnum):
    A = auto()
    B = "bee"

class N(IntEnum):
    ONE = 1
    TWO = 2
print(S.A, S.A == "a", repr(S.B), N.ONE < N.TWO, N.TWO + 1, f"{N.ONE}", "%d" % N.TWO)

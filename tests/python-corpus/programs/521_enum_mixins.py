from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, ReprEnum
import json
class Color(str, Enum):
    RED = "red"
    GREEN = "green"
print(Color.RED, repr(Color.RED), f"{Color.RED}", Color.RED.value, Color.RED == "red", Color("green"), Color.RED.upper())
print(json.dumps({"c": Color.RED}), json.dumps([Color.GREEN]), list(Color), len(Color), Color["RED"])
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Level.LOW, repr(Level.HIGH), Level.HIGH > Level.LOW, Level.HIGH * 10, f"{Level.HIGH:03d}", max(Level), sum(Level))
print(json.dumps({"l": Level.HIGH}), str(Level.LOW), format(Level.LOW), Level(2), Level.LOW.name, type(Level.LOW + 1).__name__)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B + "!", f"{S.B:>5}", S("bee"), isinstance(S.A, str), S.A.value)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
class F(float, Enum):
    PI = 3.14
print(F.PI, repr(F.PI), F.PI * 2, f"{F.PI}", round(F.PI, 1))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), rw + 1, repr(~Perm.R), list(rw), repr(Perm(8)), bool(Perm(0)))
class Shape(Enum):
    SQ = 1
    def area(self, x): return x * x
print(Shape.SQ.area(3), Shape.SQ, hash(Shape.SQ) == hash("SQ"))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Num(int, Enum):
    ONE = 1
    TWO = 2
    def __str__(self): return self.name.lower()
print(Num.ONE, f"{Num.TWO}", repr(Num.ONE), Num.ONE + Num.TWO, {1: "x"}[Num.ONE], sorted([Num.TWO, Num.ONE]))
for v in (8, 12, 15, 0, 16|2):
    p = Perm(v); print(repr(p), str(p), p._name_)
print(repr(~Perm.R), repr(Perm.R ^ 8), repr(Perm.R | 8), isinstance(Perm.R, int), Perm.R == 4)
class Open(Flag):
    A = auto()
    B = auto()
print(Open.A | Open.B, repr(Open.A & Open.B), Open(3), list(Open))
class I(int): pass
print(I(2) > I(1), I(2) > 1, 2 > I(1), I(3) * 10)
from enum import IntEnum
class L(IntEnum):
    A = 1
    B = 2
print(L.B * 10, L.B + 1)
print(L.B > 1, L.B > L.A)

# enum: Flag combinations and iteration, IntFlag, _generate_next_value_, _ignore_, copies.
import copy
from enum import Enum, Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0))
print(~Perm.R, Perm(7), rw & Perm.W, rw ^ Perm.R, len(rw), rw.name, Perm(0).name)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE), list(Color), ~Color.RED, repr(~Color.WHITE), Color(5))
try:
    Color(8)
except ValueError as e:
    print(e)

class I(IntFlag):
    X = 1
    Y = 2
print(I(8), I.X | 8, repr(I(8)), ~I.X, list(I(3)), I.X + 1, repr(I(0)))

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print([m.value for m in Gen])

class Od(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1
print(list(Od), hasattr(Od, "tmp"))

class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return round(self.mass / self.radius, 3)
print(Planet.EARTH.mass, Planet.MARS.density, Planet((0.642, 3.39)))
print(copy.copy(Planet.MARS) is Planet.MARS, copy.deepcopy([Planet.EARTH])[0] is Planet.EARTH)
print(Color._member_map_["RED"], Color.RED._value_, Color.RED._name_)

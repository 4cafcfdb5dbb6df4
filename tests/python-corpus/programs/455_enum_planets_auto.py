from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
    W = auto()
    def turn(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % 4]
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(Status.OK == 200, Status(404), Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]))
print(repr(Status.OK), str(Status.OK), f"{Status.OK}", f"{Color.RED}")
print(Dir.N.turn(), Dir.W.turn(), [d.value for d in Dir])
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
for name, m in Color.__members__.items():
    print(name, m)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.GREEN], d)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, f"{p.gravity:.3f}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Color.RED.__class__.__name__, type(Color.RED), Color.__name__)

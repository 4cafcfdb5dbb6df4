from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def is_early(self):
        return self.value < 3
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
class Level(StrEnum):
    LOW = auto()
    HIGH = "hi"
class Code(IntEnum):
    A = 1
    B = 2
print(Weekday("tue"), Weekday(3), Weekday.MON.is_early(), [d.name for d in Weekday])
try:
    Weekday(9)
except ValueError as e:
    print(e)
print(Perm.R | Perm.X, Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW, ~Perm.R, Perm(0), bool(Perm(0)), list(Perm))
print(Level.LOW, Level.HIGH, Level.LOW == "low", f"{Level.HIGH}", repr(Level.LOW), Level("hi"), "x" + Level.HIGH)
print(Code.A + Code.B, Code(2), Code.A < Code.B, int(Code.B), [c.value for c in Code], Code.B.name)
print(Weekday.MON == Weekday.MON, Weekday.MON is Weekday(1), hash(Weekday.MON) == hash(Weekday.MON), Weekday["WED"].value)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape(2), Shape.__members__.keys(), len(Shape))
print(IntFlag("P", ["A", "B"]) if False else None, Perm.R.value, Perm.RW.value, Perm(3), Perm(7))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
print(Weekday.TUE.__class__.__name__, Level.HIGH.upper() if hasattr(Level.HIGH, "upper") else None)

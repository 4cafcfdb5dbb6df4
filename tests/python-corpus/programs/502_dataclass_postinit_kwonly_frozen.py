from dataclasses import dataclass, field, fields, asdict, KW_ONLY, InitVar
import dataclasses
@dataclass
class Point:
    x: float
    y: float = 0.0
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")
@dataclass(frozen=True, slots=True)
class Color:
    r: int
    g: int
    b: int
    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
p = Point(1.5)
print(p, Point(2, 3) == Point(2.0, 3.0), [f.name for f in fields(Point)], asdict(p))
try:
    Point(-1)
except ValueError as e:
    print(e)
c = Color(255, 128, 0)
print(c, c.hex, hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 0
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
a = Account("ann", balance=10)
print(a, a.history)
try:
    Account("bob", 5)
except TypeError as e:
    print(e)
w = WithInit(5)
print(w, WithInit(3, 10), dataclasses.is_dataclass(w), dataclasses.is_dataclass(5))
print(Point.__dataclass_fields__["y"].default, repr(fields(Account)[2].default_factory))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Point.__match_args__, dataclasses.replace(p, y=9))
@dataclass(order=True)
class Ver:
    major: int
    minor: int
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1, 0) < Ver(1, 1), max(Ver(2, 0), Ver(1, 9)))

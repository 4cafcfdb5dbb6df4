# dataclasses: field options, order, frozen errors, InitVar/__post_init__, kw_only, definition errors.
import dataclasses
from dataclasses import KW_ONLY, FrozenInstanceError, InitVar, dataclass, field, fields

@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
print(A(1), A(1) == A(1, [], "other"), A.__match_args__, fields(A)[2].metadata)

@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2, 1), V(1, 5), V(2, 0)]), V(1) < V(1, 1), V(1) <= V(1))

@dataclass(frozen=True)
class F:
    a: int
    b: str = "x"
f = F(1)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a"), lambda: f.__setattr__("b", 2)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
print(hash(f) == hash(F(1)), {f: 1}[F(1)])

@dataclass
class P:
    a: int
    b: InitVar[int] = 0
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a + b
print(P(1, 2), [(g.name, g.kw_only) for g in fields(P)])

@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), [g.kw_only for g in fields(K2)])
try:
    K2(1, 2)
except TypeError as e:
    print(e)
bad_defs = ["class Bad:\n a: int = 0\n b: int", "class M:\n a: list = []",
            "class NF(F):\n d: int = 0"]
for src in bad_defs:
    try:
        exec("@dataclass\n" + src, globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dataclasses.replace(P(1), c=3)
except ValueError as e:
    print(e)

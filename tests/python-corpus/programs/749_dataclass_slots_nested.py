# dataclasses: slots=True, nested asdict/astuple, replace, make_dataclass, eq/hash rules.
import copy
import dataclasses
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)), P.__slots__, hasattr(p, "__dict__"))

@dataclass(slots=True)
class B:
    a: int

@dataclass(slots=True)
class C(B):
    b: int = 1
c = C(1)
print(c, C.__slots__, B.__slots__)
try:
    c.z = 1
except AttributeError as e:
    print(e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list, metadata={"doc": "kids"})
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(dataclasses.asdict(n))
print(dataclasses.astuple(n), dataclasses.fields(Node)[1].metadata["doc"])
print(dataclasses.replace(n, val=9).val, n.val, copy.deepcopy(n) == n)
Pt = dataclasses.make_dataclass("Pt", [("x", int), ("y", int, field(default=5))])
print(Pt(1), Pt.__name__, dataclasses.is_dataclass(Pt), dataclasses.is_dataclass(3))
for bad in (lambda: dataclasses.fields(3), lambda: dataclasses.asdict(P)):
    try:
        bad()
    except TypeError as e:
        print(e)

@dataclass(eq=False)
class NE:
    a: int

@dataclass(unsafe_hash=True)
class H:
    a: int

@dataclass
class E:
    a: int
print(NE(1) == NE(1), hash(H(1)) == hash((1,)), E.__hash__, E(1).__eq__(3))

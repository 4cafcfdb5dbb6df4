from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(obj):
    match obj:
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {obj}"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x!r}"
        case [x, y, *rest]:
            return f"list starting {x}, {y} (+{len(rest)})"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point(px, py):
            return f"point {px},{py}"
        case Circle(Point(x=cx), r=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "circle"
        case (a, b):
            return f"pair {a} {b}"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"
for v in [0, 1, -5, 7, 2.5, "", "abc", [], [9], [1, 2, 3, 4], (1, 2), {"type": "user", "name": "ann", "age": 3},
          {"type": "admin"}, Point(0, 0), Point(2, 2), Point(1, 3), Circle(Point(5, 1), 11), Circle(Point(0, 0), 1), None, {1, 2}, True]:
    print(repr(v), "->", describe(v))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for l in ["go north", "go up", "take a b", "take", "exit", ""]:
    print(f"{l!r}: {cmd(l)}")

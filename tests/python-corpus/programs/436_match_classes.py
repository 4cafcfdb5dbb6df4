from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(radius=r):
            return round(3.14159 * r * r, 2)
        case Rect(w=w, h=h) if w == h:
            return f"square {w * h}"
        case Rect(_, w, h):
            return w * h
        case Point():
            return 0
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for s in [Circle(Point(0, 0), 2), Rect(Point(1, 1), 3, 3), Rect(Point(0, 0), 2, 5), Point(1, 2)]:
    print(type(s).__name__, area(s))
try:
    area("circle")
except TypeError as e:
    print(e)


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "on the y axis"
        case Point(y=0):
            return "on the x axis"
        case Point(x, y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"


print([where(Point(*c)) for c in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]])

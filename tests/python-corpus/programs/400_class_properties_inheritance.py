class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @property
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area:.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self._w = w
        self._h = h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def area(self):
        return self.PI * self.r ** 2
shapes = [Rectangle(2, 3.5), Square(4), Circle(1.5)]
for s in shapes:
    print(s.describe(), repr(s), isinstance(s, Rectangle))
r = shapes[0]
r.width = 10
print(r.area, r.width, Shape.count)
try:
    r.width = -1
except ValueError as e:
    print("error:", e)
try:
    r.area = 5
except AttributeError as e:
    print("error:", e)
print(sorted(shapes, key=lambda s: s.area))
print([type(s).__name__ for s in shapes], issubclass(Square, Shape))
try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print("not implemented", repr(e))

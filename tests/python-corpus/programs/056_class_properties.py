# properties with getters, setters and deleters
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        return self._radius
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    def _get_full(self):
        return self.first + " " + self.last
    full = property(_get_full)
p = Person("Ada", "Lovelace")
print(p.full, type(Person.full).__name__)
p.first = "Augusta"
print(p.full)

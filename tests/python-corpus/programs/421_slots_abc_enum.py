from abc import ABC, abstractmethod
from enum import Enum, IntEnum, auto, Flag
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
v.x = 5
print(v, Vec.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...
    def intro(self):
        return f"I say {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
print(Dog().intro())
try:
    Animal()
except TypeError as e:
    print(e)
class Half(Animal):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, [c.name for c in Color], len(Color), Color.BLUE in Color)
class Priority(IntEnum):
    LOW = 1
    HIGH = 5
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.LOW))
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
print(list(Status), Status.ACTIVE.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw))
try:
    Color(7)
except ValueError as e:
    print(e)

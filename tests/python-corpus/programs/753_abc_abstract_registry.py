# abc: abstract methods and properties, __abstractmethods__, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...

class Sq(Shape):
    def area(self):
        return 1

class Sq2(Sq):
    def perimeter(self):
        return 4
    @property
    def name(self):
        return "sq"
for cls in (Shape, Sq):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Sq2().name, sorted(Shape.__abstractmethods__), sorted(Sq.__abstractmethods__), Sq2.__abstractmethods__)

class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class D1:
    def quack(self):
        pass
print(isinstance(D1(), Duck), issubclass(int, Duck))

class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))

@Reg.register
class X:
    pass
print(isinstance(X(), Reg), X)

class AM(metaclass=ABCMeta):
    @abstractmethod
    def f(self): ...
    @staticmethod
    @abstractmethod
    def g(): ...
    @classmethod
    @abstractmethod
    def h(cls): ...
print(sorted(AM.__abstractmethods__), isinstance(AM, ABCMeta), type(ABC))

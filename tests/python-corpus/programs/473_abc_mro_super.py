from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        ...
    @property
    @abstractmethod
    def legs(self):
        ...
    def describe(self):
        return f"{self.name} says {self.sound()} on {self.legs} legs"
class Dog(Animal):
    def sound(self):
        return "woof"
    @property
    def legs(self):
        return 4
class Bird(Animal):
    def sound(self):
        return "tweet"
class Parrot(Bird):
    legs = 2
    def sound(self):
        return super().sound() + "/hello"
for cls in [Dog, Parrot, Bird, Animal]:
    try:
        print(cls("x").describe())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Dog("d"), Animal), issubclass(Parrot, ABC), Parrot.__mro__)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Base):
    count = 0
Base(); Sub(); Sub()
print(Base.count, Sub.count)
class P:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
class Q(P): pass
print(P(a=1, b="x"), Q(z=[1]), super(Q, Q()).__repr__())

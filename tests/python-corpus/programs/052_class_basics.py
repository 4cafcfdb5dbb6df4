# class and instance attributes, methods, self
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = list(tricks or [])
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {len(self.tricks)} tricks"
a = Dog("rex")
b = Dog("fido", ["sit"])
a.add_trick("roll").add_trick("beg")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, a.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
print(Dog.describe(b), type(a).__name__, a.__class__.__name__)
print(isinstance(a, Dog), sorted(a.__dict__))
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, Empty.__name__)
method = a.describe
print(method())
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)

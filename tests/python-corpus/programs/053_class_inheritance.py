# inheritance, overriding, super(), isinstance and issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
animals = [Animal("thing"), Cat("tom"), Lion("leo", "east")]
for an in animals:
    print(an.intro())
leo = animals[2]
print(leo.pride, isinstance(leo, Cat), isinstance(leo, Animal), isinstance(animals[1], Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    def __init__(self):
        self.trace = ["Base"]
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.trace.append("Child")
print(Child().trace)
class NoInit(Base):
    pass
print(NoInit().trace)

class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return self.sound
c = Cat("tom")
print(dir(c))
print([a for a in dir(Cat) if not a.startswith("__")], vars(c), Cat.__dict__["sound"])
print(type(c), type(c).__name__, type(Cat), type(type), c.__class__.__bases__, Cat.__base__)
Dog = type("Dog", (Animal,), {"sound": "woof", "speak": lambda self: self.sound.upper()})
d = Dog("rex")
print(d.speak(), Dog.__name__, isinstance(d, Animal), Dog.__mro__)
print(getattr(c, "speak")(), getattr(Cat, "kingdom"), hasattr(c, "fly"), callable(c.speak))
setattr(c, "age", 3)
print(c.age, vars(c))
delattr(c, "age")
print(hasattr(c, "age"), sorted(vars(Animal).keys() - {"__dict__", "__weakref__", "__doc__"}))
print(dir(1)[:5], len(dir("")) > 40, "append" in dir([]), dir()[:3] if False else None)
print(id(c) == id(c), c is c, hash(c) == hash(c), type(len), type(print).__name__, type(c.speak).__name__, type(Cat.speak).__name__)
print(Cat.speak.__qualname__, Cat.__module__, Cat.speak.__name__, len.__name__, (lambda: 0).__name__)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class W(metaclass=Meta):
    pass
print(W, repr(W), type(W).__name__, isinstance(W, Meta), W.__class__)
c.__class__ = Animal
print(c.speak(), type(c).__name__)
print(int.__name__, str.__mro__, bool.__bases__, object.__bases__, type.__name__)

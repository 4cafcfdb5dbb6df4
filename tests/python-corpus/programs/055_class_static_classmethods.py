# classmethod, staticmethod, alternative constructors
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(deg):
        return deg <= 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
class Kelvin(Temperature):
    unit = "K"
t = Temperature.from_fahrenheit(212)
print(t, t.degrees, Temperature.is_freezing(-1), t.is_freezing(5))
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.describe(), k.describe(), Temperature.describe())
class Counter:
    _next = 0
    @classmethod
    def next_id(cls):
        cls._next += 1
        return cls._next
print(Counter.next_id(), Counter.next_id(), Counter().next_id())
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    helper = staticmethod(lambda: "from lambda")
print(Util.add(2, 3), Util().add(4, 5), Util.helper())

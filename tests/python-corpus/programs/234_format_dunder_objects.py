# format() and __format__ on objects; object.__format__ refuses a spec
# raises: ValueError
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        number_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        value = self.celsius if unit == "C" else self.celsius * 9 / 5 + 32
        return format(value, number_spec or ".1f") + "°" + unit
    def __str__(self):
        return "Temperature(%s)" % self.celsius
class Plain:
    def __repr__(self):
        return "Plain()"
t = Temperature(21.5)
print(format(t, ".2fF"), format(t, ">8.0fC"), "{:.3fC}|{:F}".format(t, t), str(t))
print(format(Plain(), ""), "{}".format(Plain()), "{!r:>9}".format(Plain()), format(None, ""))
for obj, spec in [(Plain(), ">5"), (None, "s"), ([1], "5"), ((1, 2), "x"), ({}, "d")]:
    try:
        format(obj, spec)
    except TypeError as e:
        print("TypeError:", e)
class Wrong:
    def __format__(self, spec):
        return 42
try:
    format(Wrong(), "")
except TypeError as e:
    print("TypeError:", e)
print((42).__format__("08b"), (2.5).__format__("+.2e"), "txt".__format__("^7"), True.__format__("^5"))
print(int.__format__(255, "#x"), float.__format__(0.5, "%"), str.__format__("s", "*<3"))
values = [Temperature(-40), 3, 2.5, "s", True]
print([format(v, "") for v in values])
print(format(3, "s"))

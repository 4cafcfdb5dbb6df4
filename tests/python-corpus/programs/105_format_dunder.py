# __format__ on user classes, format() with no spec, and formats of builtins
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"${amount:.0f}"
        return f"${amount:{spec or ',.2f'}}"
    def __str__(self):
        return f"Money({self.cents})"
m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m), format(m, "short"), str(m))
print("{} / {:short}".format(m, m))
class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>5}")
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)
print(format(3), format(3.5), format("s"), format([1]), format(None), format(True))
print(format(10, "d"), format(10.0, "n"), format(10, ".1f"), format(10, "e"), format(10, "%"))
try:
    format(10.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)

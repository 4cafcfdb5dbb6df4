import functools
@functools.total_ordering
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
    def __str__(self):
        return f"{self.currency} {self.cents / 100:.2f}"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other, self.currency)
        return Money(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)
    def __bool__(self):
        return self.cents != 0
    def __format__(self, spec):
        return format(str(self), spec)
a, b = Money(1050), Money(299)
print(a, repr(b), a + b, sum([a, b, Money(1)]), a * 1.5, [a, b], {a: "x"}[Money(1050)])
print(a > b, a <= b, a == Money(1050), a != b, a == 1050, sorted([a, b, Money(5)]), bool(Money(0)))
print(f"[{a:>12}] [{b:<12}]", str(a), "%s" % a, "{!r}".format(a))

# __call__, __bool__, __len__ fallback for truth
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, extra=0):
        self.calls += 1
        return value * self.factor + extra
triple = Multiplier(3)
print(triple(4), triple(1, extra=10), triple.calls, callable(triple))
print(list(map(triple, [1, 2, 3])), triple.calls)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(False) else "no", not Flag(True))
print([f.on for f in [Flag(True), Flag(False)] if f])
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), any([Sized(0), Sized(1)]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Default:
    pass
print(bool(Default()), Flag(True) and "and-result", Flag(False) or "or-result")

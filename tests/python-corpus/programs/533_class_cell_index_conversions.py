# The implicit __class__ cell, __index__ where ints are expected, and what
# int()/len() do with __int__/__index__/__len__ results of the wrong kind.
class Base:
    def who(self):
        return "Base"
class Widget(Base):
    def klass(self):
        def nested():
            return __class__
        return nested().__name__, __class__ is Widget, type(self).__name__
    def who(self):
        return "Widget+" + super().who()
class Gadget(Widget):
    pass
print(Gadget().klass(), Gadget().who())
class Two:
    def __index__(self):
        return 2
print([0] * Two(), Two() * "ab", (1,) * Two(), [10, 20, 30][Two()], "abcd"[Two():])
print(bin(Two()), range(Two()), int(Two()))
class BadIndex:
    def __index__(self):
        return "2"
class BadInt:
    def __int__(self):
        return 1.5
class HugeLen:
    def __len__(self):
        return 2 ** 70
class NegLen:
    def __len__(self):
        return -1
checks = [
    lambda: [1, 2, 3][BadIndex()],
    lambda: [1] * BadIndex(),
    lambda: int(BadInt()),
    lambda: len(HugeLen()),
    lambda: len(NegLen()),
    lambda: "s" * 1.5,
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

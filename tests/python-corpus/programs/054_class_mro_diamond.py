# multiple inheritance: the C3 MRO and cooperative super()
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X:
    def __init__(self, **kw):
        self.order = getattr(self, "order", []) + ["X"]
class Y(X):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.order.append("Y")
class Z(X):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.order.append("Z")
class W(Y, Z):
    def __init__(self):
        super().__init__()
        self.order.append("W")
print(W().order)
class Left:
    val = "left"
class Right:
    val = "right"
    only_right = True
class Both(Left, Right):
    pass
print(Both.val, Both.only_right, [k.__name__ for k in Both.mro()])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)

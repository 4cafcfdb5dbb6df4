# Class bodies: comprehensions see only globals, own names fall back to globals, methods skip the class.
x = "global"

class A:
    x = "class"
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    h = [x for _ in range(1)]
    def f(self):
        return x
    g = lambda self: x

print(A.upper, A.pairs, A.h, A().f(), A().g())

class B:
    v = 3
    try:
        w = [v * i for i in range(3)]
    except NameError as e:
        w = str(e)
    total = sum(i for i in names) if False else len(A.names)
print(B.w, B.total)

def f3():
    x = "local"
    class D:
        print(x)
        x = "d"
        print(x)
    class E:
        y = x
        def m(self):
            return x
    return D, E

D, E = f3()
print(D.x, E.y, E().m())

class F:
    a = 1
    b = a + 1
    del a
print(hasattr(F, "a"), F.b)

def outer():
    y = "enclosing"
    class G:
        y = "own"
        def m(self):
            return y
    return G

G = outer()
print(G.y, G().m())

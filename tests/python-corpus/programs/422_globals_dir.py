x = 10
def show():
    g = globals()
    print("x" in g, g["x"], g["__name__"])
    g["created"] = 42
show()
print(created)
print(sorted(k for k in globals() if not k.startswith("__")))
def local_view(a, b=2):
    c = a + b
    print(sorted(locals().items()))
local_view(1)
print([n for n in dir() if not n.startswith("__")])
class K:
    a = 1
    def m(self):
        pass
print([n for n in dir(K) if not n.startswith("__")], "m" in dir(K()), sorted(vars(K).keys())[-2:])
print(callable(print), callable(K), callable(K()), callable(3))

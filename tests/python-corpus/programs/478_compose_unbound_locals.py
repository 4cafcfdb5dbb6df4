def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))
x = 10
def shadow():
    x = 20
    def g():
        return x
    return g()
print(shadow(), x)
def broken():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    y = 1
broken()
def unbound():
    try:
        z = z + 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()

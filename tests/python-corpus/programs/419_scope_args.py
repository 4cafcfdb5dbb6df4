counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
    def reader():
        return x
    inner()
    return x, reader()
print(outer(), x)
def shadow():
    print(x)
shadow()
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
broken()
def varargs(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(varargs(), varargs(1, 2), varargs(a=1), varargs(1, *[2, 3], b=2, **{"c": 3}))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
def kwonly(*, name, greeting="hi"):
    return f"{greeting} {name}"
print(kwonly(name="x"), kwonly(greeting="yo", name="z"))

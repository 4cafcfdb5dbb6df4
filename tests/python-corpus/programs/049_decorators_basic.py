# simple and stacked decorators, decorator order
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper
@shout
@exclaim
def hello(name):
    return "hello " + name
@exclaim
@shout
def bye(name):
    return "bye " + name
print(hello("ann"), bye("bob"))
print(hello.__name__)
calls = []
def trace(label):
    calls.append("make " + label)
    def deco(fn):
        calls.append("apply " + label)
        return fn
    return deco
@trace("outer")
@trace("inner")
def target():
    return "target"
print(calls, target())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def add(a, b):
    return a + b
add(1, 2)
add(3, 4)
print(add.calls, add(5, 6))

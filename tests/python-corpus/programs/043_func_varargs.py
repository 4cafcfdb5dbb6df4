# *args, **kwargs, unpacking in calls
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5})
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("x"), describe("y", size=3, color="red"))
def point(x, y, z=0):
    return (x, y, z)
args = (1, 2)
kw = {"z": 3}
print(point(*args), point(*args, **kw), point(**{"x": 9, "y": 8}), point(1, *[2], **{"z": 5}))
print(*[1, 2], *"ab", sep=",")
merged = {**{"a": 1}, **{"b": 2}}
print(merged, [*range(3), *"xy"], (*[1], 2))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
def f(a, *args, b=2, **kw):
    return a, args, b, kw
print(f(1), f(1, 2, 3, b=4, c=5))

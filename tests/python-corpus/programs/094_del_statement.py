# del: names, items, slices, attributes
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[-1]
print(items)
del items[1:3]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError:", e)
nested = {"x": [1, {"y": 2}]}
del nested["x"][1]["y"]
print(nested)
def local_del():
    v = 5
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())

# getattr, setattr, hasattr, delattr, vars-like access
class Box:
    color = "red"
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "color"), getattr(b, "weight", "n/a"))
setattr(b, "weight", 10)
print(b.weight, hasattr(b, "weight"), hasattr(b, "height"), hasattr(Box, "size"))
delattr(b, "weight")
print(hasattr(b, "weight"))
try:
    getattr(b, "weight")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
b.color = "blue"
print(b.color, Box.color)
del b.color
print(b.color)
setattr(Box, "shared", [1])
print(b.shared, getattr(Box, "shared"))
print(getattr("abc", "upper")(), getattr([], "append") is not None)
print(sorted(k for k in b.__dict__), b.__dict__)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box.missing
except AttributeError as e:
    print("AttributeError:", e)

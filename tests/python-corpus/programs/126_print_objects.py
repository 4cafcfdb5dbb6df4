# print converts with str(), honours sep=None/end=None, returns None
class Item:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"Item<{self.name}>"
    def __repr__(self):
        return f"Item({self.name!r})"
a, b = Item("a"), Item("b")
print(a, b)
print([a, b], (a,), {"k": a})
print(a, b, sep=None)
print(a, end=None)
print("after end=None")
result = print("printing returns", end=" -> ")
print(result)
print("flush is accepted", flush=True)
print(1, 2, 3, sep="")
print(*range(4), sep=", ", end=";\n")
print("a\nb", "c", sep="\n---\n")
print("", end="")
print(*[], sep="x")
print(None, True, False, 0.0, -0)
print(str(a) + "!", repr(a) + "?")
values = [1, "two", 3.0]
print(*values)
print(values)
print("%s" % a, "{}".format(a), f"{a}", f"{a!r}")

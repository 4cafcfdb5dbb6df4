# f-strings: expressions, conversions, self-documenting expressions, nesting
name, age, items = "Ann", 31, ["x", "y"]
print(f"{name} is {age}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{age + 1}", f"{items[0]}", f"{len(items)}", f"{name.upper()}", f"{age * 2 = }")
print(f"{name=}", f"{age=}", f"{items=}", f"{1 + 1=}", f"{name = }", f"{age=:5d}|")
print(f"{{literal braces}}", f"{{{age}}}", f"a{''}b", f"")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{'nested ' + f'{age}'}")
print(f"{(lambda x: x * 2)(4)}", f"{[i for i in range(3)]}", f"{age if age > 30 else 0}")
width, prec = 10, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'^'}{width}}]")
print(f"{3.0}", f"{1e20}", f"{None}", f"{True}", f"{b'bytes'}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()}", f"{P():abc}", f"{P()!s}", f"{P()!r}", f"{P()!r:>8}")
print(f"multi" f"part {age}" " plain")
print(f"""triple {name}
second line""")

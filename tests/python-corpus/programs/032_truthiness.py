# truth values of built-in objects and the short-circuit operators
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, True, False, b"", b"\x00", range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1/0, [] and "x")
print(None or 0, 3 and 0 or 7, not 0, not "a", not not [])
print(1 or (1 / 0), False or True and False)
x = []
print(x or "empty", len(x) == 0, x == [], x is not None)
count = 0
while values:
    values.pop()
    count += 1
print("popped", count)
if not {}:
    print("empty dict is falsy")
print(bool(), bool(bool), all([]), any([]))

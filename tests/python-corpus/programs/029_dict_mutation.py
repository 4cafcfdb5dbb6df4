# mutating dicts, iteration errors and keyword-built dicts
d = {i: str(i) for i in range(5)}
try:
    for k in d:
        if k == 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d[1] = "back"
print(d, list(d.keys())[-1])
copy = dict(d)
copy.pop(0)
print(d, copy)
keys_view = d.keys()
print(keys_view & {0, 1, 7}, keys_view | {9}, keys_view - {0})
print(d.items() & {(0, "0")}, list(d.values()))
empty = dict()
print(empty, bool(empty), bool({0: 0}))
print(repr({"quote": "it's", "k": 'say "x"'}))
print(str({1: None, 2: True, 3: (1,), 4: [1.5]}))

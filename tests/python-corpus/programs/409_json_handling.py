import json
payload = {
    "id": 17,
    "name": "Ünïcode ☃",
    "tags": ["a", "b"],
    "price": 12.5,
    "active": True,
    "parent": None,
    "dims": {"w": 3, "h": 4.0},
    "ratio": 1e-7,
    "big": 10 ** 20,
}
print(json.dumps(payload))
print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
print(json.dumps(payload, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {"k": []}]], {}], indent=4))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")), json.dumps("quote\"d\n\ttab"))
text = '{"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 27}], "ok": true, "n": null, "f": 2.50}'
data = json.loads(text)
print(data, type(data["f"]).__name__, data["n"] is None)
print(sorted(u["name"] for u in data["users"]), sum(u["age"] for u in data["users"]))
print(json.loads("[1, 2.0, -3e2, \"\\u00e9\"]"), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nan"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("bad json:", e.msg, e.pos, e.lineno, e.colno, "|", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
class Item:
    def __init__(self, n):
        self.n = n
print(json.dumps({"item": Item(3)}, default=lambda o: o.__dict__))
print(json.dumps({(1, 2): 3} if False else {1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  42  "), json.dumps(3.0), json.dumps(0.1 + 0.2))

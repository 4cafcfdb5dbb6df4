# json.dumps: separators, indent, sort_keys, the types it accepts
import json
data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({}), json.dumps([]), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps("text"), json.dumps(1), json.dumps(1.0), json.dumps(None), json.dumps(False))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "n"}))
print(json.dumps(2 ** 70), json.dumps(1e20), json.dumps(0.1 + 0.2), json.dumps(-0.0))
print(json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent=0))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": "v"}, indent=2, separators=(",", ": ")))

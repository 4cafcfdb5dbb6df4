# json.loads: types produced, nesting, errors
import json
text = '{"a": 1, "b": [true, false, null], "c": {"d": 1.5, "e": "s"}, "f": -2e3, "g": 10000000000000000000000}'
obj = json.loads(text)
print(obj)
print(type(obj["a"]).__name__, type(obj["c"]["d"]).__name__, type(obj["f"]).__name__, type(obj["g"]).__name__)
print(json.loads("[]"), json.loads("{}"), json.loads("  3 "), json.loads('"x"'), json.loads("null"))
print(json.loads('{"dup": 1, "dup": 2}'), json.loads("[1.0, 1e2, 0.5, -0]"))
print(json.loads('{"z": 1, "a": 2}'), list(json.loads('{"z": 1, "a": 2}')))
print(json.loads(b'{"from": "bytes"}'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
bad_inputs = ["", "{", "[1,]", "{'a': 1}", "tru", '{"a" 1}', "[1] x"]
for bad in bad_inputs:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, "|", e)
print(issubclass(json.JSONDecodeError, ValueError))
nested = json.loads('{"users": [{"name": "a", "roles": ["x"]}, {"name": "b", "roles": []}]}')
print([u["name"] for u in nested["users"] if u["roles"]])

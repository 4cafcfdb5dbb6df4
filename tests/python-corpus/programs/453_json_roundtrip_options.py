import json
data = {"name": "Widget", "price": 19.99, "tags": ["a", "b"], "stock": None, "active": True,
        "dims": {"w": 1.5, "h": 2, "d": 0.0}, "unicode": "caf\u00e9 \u2603", "big": 12345678901234567890}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["dims"]["h"]).__name__, back["unicode"])
print(json.dumps([1, 2.0, 1e100, -0.0, float("inf")]))
print(json.loads("[1, 2.5, \"x\", null, true, {\"a\": [] }]"))
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print("err:", e, e.pos, e.lineno, e.colno)
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print("err:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("err:", e)
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
print(json.dumps("tab\there \"q\" \\ /"), json.dumps((1, 2)))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps({"x": object.__name__}, indent="\t"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("3.0"), json.loads('"\\u00e9"'))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
print(json.loads('{"n": 1.5e3}', parse_float=str), json.dumps(data, default=str, indent=None)[:20])

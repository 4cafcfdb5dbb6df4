# building JSON responses the way handler code does
import json
def response(status, **payload):
    body = {"status": status}
    body.update(payload)
    return json.dumps(body, sort_keys=True)
print(response("ok", items=[1, 2], count=2))
print(response("error", message="not found", code=404))
records = [{"id": i, "name": f"item{i}", "price": i * 1.25} for i in range(3)]
encoded = json.dumps(records)
print(encoded)
decoded = json.loads(encoded)
print(decoded == records, decoded[2]["price"])
print(json.dumps({"nested": {"list": [{"a": None}]}}, indent=1))
class Custom:
    def __init__(self, v):
        self.v = v
def default(o):
    if isinstance(o, Custom):
        return {"custom": o.v}
    raise TypeError("cannot serialize")
print(json.dumps([Custom(1), Custom("x")], default=default))
try:
    json.dumps(Custom(2))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("x" * 3), json.dumps(["a", 1, 2.5, None, True]))
print(json.loads(json.dumps({"k": (1, 2)})))
print(json.dumps(dict(zip("abc", range(3))), separators=(",", "=")))

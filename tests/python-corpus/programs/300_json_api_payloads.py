# json in handler-style code: building responses, parsing bodies, custom encoders
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode_default(obj):
    if isinstance(obj, Money):
        return {"amount": obj.cents / 100, "currency": "EUR"}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def respond(status, **payload):
    body = {"status": status, **payload}
    return json.dumps(body, default=encode_default, sort_keys=True)


print(respond("ok", total=Money(1999), tags={3, 1, 2}))
print(respond("error", message="naïve café ☕", code=400))
order = {"id": 17, "lines": [{"sku": "A-1", "qty": 2, "price": 9.5}, {"sku": "B-2", "qty": 1, "price": 0.1}]}
text = json.dumps(order, indent=2)
print(text)
parsed = json.loads(text)
total = sum(line["qty"] * line["price"] for line in parsed["lines"])
print(parsed == order, round(total, 2), type(parsed["id"]).__name__)
print(json.dumps({"a": None, "b": [True, False], "c": 1e-3, "d": 10**20}, separators=(",", ":")))
print(json.dumps("emoji 😀 and \u2028 line sep"), json.dumps("emoji 😀", ensure_ascii=False))
print(json.loads('{"nested": {"list": [1, 2.5, "x", null]}}')["nested"]["list"])


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"{o.cents // 100}.{o.cents % 100:02d}"
        return super().default(o)


print(json.dumps([Money(250), Money(7)], cls=Encoder))
try:
    json.dumps({"when": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", 2.5: "float key", None: "null key"}))

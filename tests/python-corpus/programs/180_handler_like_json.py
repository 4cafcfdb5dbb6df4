# handler-style code without a web framework: parse a JSON body, validate, respond
import json
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status, self.reason = status, reason
def handle_post(body: bytes) -> tuple:
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError as e:
        raise HTTPError(400, f"invalid JSON: {e}") from e
    if not isinstance(data, dict):
        raise HTTPError(400, "expected an object")
    missing = [k for k in ("name", "qty") if k not in data]
    if missing:
        raise HTTPError(422, "missing: " + ", ".join(missing))
    if not isinstance(data["qty"], int) or data["qty"] <= 0:
        raise HTTPError(422, f"bad qty {data['qty']!r}")
    return 201, {"created": data["name"], "qty": data["qty"], "total": round(data["qty"] * 1.1, 2)}
def respond(body):
    try:
        status, payload = handle_post(body)
    except HTTPError as e:
        status, payload = e.status, {"error": e.reason}
    return f"{status} {json.dumps(payload, sort_keys=True)}"
requests = [
    b'{"name": "widget", "qty": 3}',
    b'{"name": "gadget"}',
    b'[1, 2]',
    b'{"name": "x", "qty": -1}',
    b'{"name": "y", "qty": "2"}',
    b'not json',
    '{"name": "caf\u00e9", "qty": 1}'.encode(),
]
for body in requests:
    print(respond(body))

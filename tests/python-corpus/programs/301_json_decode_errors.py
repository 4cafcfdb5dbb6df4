# json.loads error reporting: message, position, line and column
import json

bodies = [
    '{"name": "ann", "age": 31}',
    '{"name": "ann", "age": }',
    '{"name": "ann",}',
    "{'single': 'quotes'}",
    '[1, 2, 3',
    '{"a": 1} trailing',
    '',
    '{\n  "a": 1,\n  "b": tru\n}',
    '"unterminated',
    '{"a": "bad \\q escape"}',
]
for body in bodies:
    try:
        value = json.loads(body)
        print("ok", value)
    except json.JSONDecodeError as e:
        print(f"{e.msg!r} at line {e.lineno} col {e.colno} (pos {e.pos})")
    except ValueError as e:
        print("other ValueError", e)


def parse_body(raw):
    try:
        data = json.loads(raw)
    except ValueError as e:
        return 400, {"error": f"invalid JSON: {e}"}
    if not isinstance(data, dict):
        return 400, {"error": "expected an object"}
    return 200, data


for raw in ['{"x": 1}', "[1]", "nope", b'{"bytes": true}']:
    status, payload = parse_body(raw)
    print(status, json.dumps(payload))
print(issubclass(json.JSONDecodeError, ValueError))

# raises: json.decoder.JSONDecodeError
import json
def load(s):
    return json.loads(s)
print(load('{"a": [1, 2]}'))
print("next")
print(json.dumps(load('{"b": 2, "a": 1}'), sort_keys=True))
for text in ['[]', '{"k": null}', '"s"', '1.5e3', 'true']:
    print(repr(text), "->", load(text))
load('{"a": [1, 2}')

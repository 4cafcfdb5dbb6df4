# json escaping of unicode and control characters, ensure_ascii
import json
samples = ["café", "日本", "emoji \U0001F600", "quote \" and backslash \\", "tab\tnew\nline",
           "\x00\x1f\x7f", "slash /", "\u2028\u2029", "<script>"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads('"\\/"'), len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('"caf\u00e9"'), json.loads('"\\n\\t\\""'))
round_trip = json.loads(json.dumps(samples))
print(round_trip == samples)

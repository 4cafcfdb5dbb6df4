import ast

config = """{
    'name': 'demo',
    'ports': [8080, 8443],
    'ratio': -0.25,
    'flags': {1, 2, 3},
    'nested': (None, True, False, ...),
    'raw': b'\\x00\\xff',
    'z': 1+2j,
}"""
data = ast.literal_eval(config)
for key in data:
    print(key, repr(data[key]), type(data[key]).__name__)
samples = ["42", "  -7", "0x1f", "1_000_000", "3.5e2", "'a' 'b'", "[]", "()", "{}",
           "set()", "(1,)", "-1-2j", "[[1, 2], [3, [4]]]", "\t'tab'"]
for s in samples:
    print(repr(s), "->", repr(ast.literal_eval(s)))
bad = ["x", "1 + 2", "len('ab')", "[1, y]", "-'a'", "not 1", "True + 1j", "{**d}",
       "a.b", "[*a]", "1 if 2 else 3", "f'{1}'", "\n\n(1,\n y)", "set([1])", "2j + 1",
       "lambda: 0", "{1: (2, z)}"]
for s in bad:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        message = str(e)
        print(repr(s), "->", message.split(" object at ")[0] + (">" if " object at " in message else ""))
for s in ["1 +", "", "x = 1", "(1, 2", 5, None]:
    try:
        ast.literal_eval(s)
    except (SyntaxError, ValueError) as e:
        print(repr(s), type(e).__name__, e)
print(ast.literal_eval(repr({"k": [1.5, "v", (None,)]})))

import string
f = string.Formatter()
for s in ["a{{b", "}}x", "{0}{1}", "{a.real}{b[0]}{c[k]}", "{!r}", "{x!s:>5}", "{:{w}}", "plain", "", "{0[1][2]}", "a{b}c{d!r:>3}", "{{}}", "{}{{", "x{:}y"]:
    print(repr(s), list(f.parse(s)))
for bad in ["{", "}", "a{b", "{0!rx}", "{a{b}}"]:
    try:
        print(list(f.parse(bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(f.format("{0}-{1!r}-{x:>4}", 1, "s", x=3), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{name} is {age:>4} {missing}", name="ann", age=3), u.format("{:{}}", "x", 5))
try:
    f.format("{}{0}", 1, 2)
except ValueError as e:
    print(e)
try:
    f.format("{0}{}", 1, 2)
except ValueError as e:
    print(e)
print(f.format("{0:{1}.{2}f}", 3.14159, 8, 2), f.format("{:*^{}}", "mid", 9))
from string import Formatter
print(Formatter is string.Formatter, Formatter.__module__)

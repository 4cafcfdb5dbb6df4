# str.format and format_map: field names, conversions, nested specs, errors
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"
p = Point(3, "four")
data = {"user": {"name": "ann", "tags": ["a", "b"]}, "0": "string zero"}
print("{} and {}".format("this", "that"), "{1}{0}{1}".format("a", "b"), "{0}".format(*"xyz"))
print("{0.x},{0.y!r} {p.x}".format(p, p=p), "{0[user][name]} {0[user][tags][1]}".format(data))
print("{d[0]}".format(d={"0": "str key", 0: "int key"}), "{d[0]}".format(d=["list"]), "{0!r:>20}".format(p))
print("{:{}}|{:{w}.{p}f}|{:{f}^{n}}".format("w", 6, 2.5, "mid", w=8, p=3, f="~", n=9))
print("{{literal}} {{{}}} }}{{".format("braced"), "{:}".format(5), "{!s:*^7}".format(None))
print("{user} from {city}".format_map(Defaults(user="bo")), "{0[0]}".format(["zero"]))
print("{:%}|{:,}|{:_b}|{:e}".format(0.25, 10**9, 10, 12345.6789))
template = "{name:<10}{score:>6.1f}{rank:>4}"
rows = [dict(name="ann", score=91.25, rank=1), dict(name="bob", score=78.5, rank=2)]
print("\n".join(template.format(**r) for r in rows))
print(str.format("{}-{}", 1, 2), "{0}{0}".format("ab"), "\U0001F600{}\U0001F600".format("x"))
bad = [
    ("{", ()), ("}", ()), ("{0", (1,)), ("{0!}", (1,)), ("{0!x}", (1,)), ("{0!rr}", (1,)),
    ("{0.}", (1,)), ("{0[}", (1,)), ("{0[0]x}", ([1],)), ("{}{0}", (1,)), ("{0}{}", (1,)),
    ("{1}", (1,)), ("{}", ()), ("{:{:{}}}", (1, 2, 3)), ("{a}", ()), ("{0[5]}", ([1],)),
    ("{0.nope}", (1,)), ("{:d}", ("s",)), ("{-1}", (1,)),
]
for fmt, args in bad:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
for mapping in [{}, 5]:
    try:
        print("{0}{x}".format_map(mapping))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

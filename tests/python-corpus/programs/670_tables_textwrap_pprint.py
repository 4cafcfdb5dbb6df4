import textwrap, pprint
data = [("Widget", 4, 3.5), ("Gadget with long name", 12, 12.25), ("Thing", 100, 0.125)]
print(f"{'Item':<15}|{'Qty':^5}|{'Price':>9}")
print("-" * 31)
for name, q, p in data:
    print(f"{name[:15]:<15}|{q:^5d}|{p:>9.2f}")
print(f"{'Total':<15}|{sum(q for _, q, _ in data):^5}|{sum(q * p for _, q, p in data):>9,.2f}")
print("%-10s|%5d|%8.3f|%x|%o|%e|%+d|%05.1f|%%|%r" % ("abc", 42, 3.14159, 255, 8, 12345.678, 5, 2.25, "q"))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("{:*^20}|{:08.3f}|{:+,}|{:b}|{:#x}|{:#o}|{:.2%}|{:e}".format("mid", -3.14159, 1234567, 10, 255, 8, 0.4567, 0.00012))
print(f"{3.0:g} {1e20:g} {0.0001:g} {123456789.0:g} {1.5e-7:.3g} {100:.2g} {12.0:n}")
print(f"{'x'!r:>6} {12:{'>'}{8}} {3.14159:{10}.{3}} {-0.0} {1e16} {1/3}")
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, width=30))
print(textwrap.wrap(s, 25)[:3])
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.shorten("Hello world, this is a long sentence", width=20))
nested = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 30, "langs": ["py", "js", "go"]}},
          {"name": "bob", "roles": [], "meta": {}}], "count": 2, "ok": True, "matrix": [[i * j for j in range(6)] for i in range(4)]}
pprint.pprint(nested)
pprint.pprint(nested, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True))
print(repr(1.1 + 2.2), 0.1 + 0.2 == 0.3, round(2.675, 2), round(0.5), round(1.5), round(-2.5), f"{2.5:.0f}")
print(str(10**25), 2**64 - 1, -7 // 2, -7 % 2, divmod(-7, 2), 7.5 // 2, int("  -42  "), float("1e-3"))
print("|".join(f"{w:^7}" for w in "one two three".split()), "abc".center(9, "*"), "42".zfill(6), "-42".zfill(6))

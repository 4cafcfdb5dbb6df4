name, qty, price = "Widget", 3, 4.5
print("%s x%d @ %.2f = %8.3f|" % (name, qty, price, qty * price))
print("{} x{} @ {:.2f}".format(name, qty, price))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{val:>6}".format(name="k", val=42))
print(f"{name:<10}|{name:>10}|{name:^10}|{name:*^11}|")
print(f"{qty:05d} {qty:+d} {-qty:+d} {price:e} {price:g} {1234567.891:,.2f} {0.000012345:.3g}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#b} {255:08b} {65:c}")
print(f"{0.25:%} {0.25:.1%} {1e20:g} {1e-5:f} {float('inf')} {-0.0}")
print(f"{'nested':{'>'}{12}}|", f"{3.14159:{'.'}{3}f}")
w = 7
print(f"[{'x':{w}}] [{42:{w}}] [{'x':>{w}}]")
print(f"{name!r} {name!s} {'é'!a} {qty=} {price * 2 = }")
print("|".join(f"{i:>3}" for i in range(8, 13)))
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'item':<8}{'price':>8}{'qty':>6}")
for item, p, q in table:
    print(f"{item:<8}{p:>8.2f}{q:>6d}")
print(f"{'total':<8}{sum(p * q for _, p, q in table):>14.2f}")
print("%-6s|%6s|%06.2f|%x|%o|%e|%%|%c" % ("ab", "cd", 3.14159, 255, 8, 12345.678, 65))
print("%(a)s and %(b)r" % {"a": "x", "b": "y"})
print(str.format("{:,}", 10 ** 9), format(1234.5, ",.1f"), format("s", "^5"), format(12, "b"))
print("{:>{}}".format("hi", 5), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
import string
print(string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
print(f"{10:,d}", f"{1234567:_}", f"{3.0:.0f}", f"{2.5:.0f}", f"{0.5:.0f}", round(2.675, 2))

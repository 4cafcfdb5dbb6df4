rows = [("apple", 1.5, 10), ("banana", 0.25, 1234), ("cherry", 12.125, 7)]
print(f"{'Name':<10}|{'Price':>8}|{'Qty':^6}|")
print("-" * 28)
for n, p, q in rows:
    print(f"{n:<10}|{p:>8.2f}|{q:^6d}|")
print(f"{'total':.<10}{sum(p*q for _, p, q in rows):.>18,.3f}")
x = 1234567.891
print(format(x, ",.2f"), format(x, "_.1f"), format(x, "e"), format(x, ".3E"), format(x, "g"), format(x, ".10g"))
print(format(0.000012345, "g"), format(1e16, "g"), format(123, "08b"), format(255, "#x"), format(255, "#o"), format(-42, "+05d"))
print("%5.1f%%" % 45.678, "%-6s|" % "ab", "%06.2f" % -3.14159, "%x %X %o" % (255, 255, 8), "%e" % 12345.678)
print("%s and %r" % ("s", "s"), "%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%+d % d" % (5, 5))
print("{:>10}".format("right"), "{:*^11}".format("mid"), "{0}{1}{0}".format("ab", "cd"), "{name}={val:.3}".format(name="pi", val=3.14159))
print("{:,}".format(10**12), "{:%}".format(0.256), "{:.1%}".format(1/3), "{!r:>8}".format("q"), "{0[1]} {1[k]}".format([9, 8], {"k": "v"}))
width, prec = 12, 4
print(f"{3.14159265:{width}.{prec}f}|", f"{'nested':{'>'}{width}}|", f"{x=}", f"{x = :.1f}", f"{rows[0]!r}")
print(f"{10:#06x}", f"{-0.0}", f"{1e-7}", f"{123456789012345678.0}", f"{0.1+0.2}", f"{2**0.5:.15f}")
print(format(1.5, "n"), format(10, "n"), format(3, ".2f"), format(True, "d"), format(2.5, ".0f"), format(3.5, ".0f"))
print(f"{12345:,d}", f"{-1234.5:,.1f}", f"{0.5:.0%}", f"{1e300*1e10}", f"{float('nan'):>6}", f"{-float('inf'):+}")
print("{:<5}|{:>5}|{:^5}|".format(1, 2, 3), "{:=+8.2f}".format(-3.5), "{:0=8}".format(-42), "{:,.2e}".format(123456.0))
print(str(1e16), str(1e15), repr(1.0), repr(0.1), 1/3, 2/3, 10/3, 1e-5, 0.0001, 123e-20, 1.5e300, float(2**63))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(7, -1), round(15, -1), round(25, -1))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), float("  1e3 "), float("-inf"), float("nan"))
for bad in ["4.5", "abc", "", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["x1", "1..2", ""]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, divmod(-7, 3), divmod(7.5, -2), 5 % -0.3)
print(2**100, -2**63, 10**30 // 7, (10**30) % 97, pow(3, 200, 1000), hex(2**70), bin(-10), oct(64))
print(0.1 + 0.2 == 0.3, abs(-0.0), -0.0, 0.0 == -0.0, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))

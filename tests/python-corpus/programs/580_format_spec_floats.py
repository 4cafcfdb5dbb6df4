# Float presentation types with precision, rounding half-even on the exact binary value.
specs = ["", ",", "+", "=+12", "012", "e", ".2e", "E", "g", ".3g", ".10g", "%", ".1%", "G", "f", ".0f",
         "#.0f", "#g", "#.3g", ".0e", "#.0e", "010.2f", "=+012,.3f", "n", ".3n", ",.2f", "_.3f", ".2", ".12", "z.1f"]
values = [0.0, -0.0, 0.5, 2.5, -2.5, 1e16, 1.2345e-7, 123456.789, float("inf"), float("nan"), 1e300, 3.0]
for spec in specs:
    print(f"{spec!r:12}", "|".join(format(v, spec) for v in values))

print([f"{x:.0f}" for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], [f"{x:.2f}" for x in (2.675, 1.005, 0.125, 0.375)])
print(f"{1e-7}", f"{1.0:g}", f"{100000.0:g}", f"{1000000.0:g}", f"{1e-4:g}", f"{1e-5:g}", f"{123456789.0:.3G}", f"{-float('inf'):<8}|")
print(f"{1_000_000:,.2f}", f"{1e6:,}", f"{1e16:,}", f"{123.456:_.1f}", f"{12345.6789:012,.2f}", f"{-12345.6789:=+15,.1f}")
print("{:>8.3%}".format(0.12345), "{:^+9.2e}".format(-0.000123), "{:08.3f}".format(-1.5), "{:%}".format(1), "{:.1%}".format(True), "{:e}".format(10**20))
for v, spec in [(1.0, "c"), (1.0, "d"), (1.0, "x"), (1.5, "=^5"), (1.0, ".2s"), (2**1024, "f")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
x, w, p = 3.14159, 10, 3
print(f"[{x:{w}.{p}f}] [{x:<{w}}] [{x:{w}.{p}e}] [{x:^{w}.{p}%}]", "[{:{}.{}g}]".format(x, w, p))

# the format-spec mini-language on ints and floats
for n in [0, 7, -42, 255, 1234567, 2**64]:
    print(f"{n:d}|{n:8}|{n:<8}|{n:^9}|{n:+}|{n: }|{n:08}|{n:,}|{n:_}|{n:#x}|{n:#o}|{n:#b}|{n:X}")
print(format(1234, "010,"), format(1234, "0=10,"), format(-1234, "012_"), format(12345678, "#012_x"))
print(format(255, "x<8"), format(255, "*^+9"), format(65, "c"), format(0x1F600, "c"), format(97, ">3c"))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(True, ".1f"))
for x in [0.0, -0.0, 1.0, 3.14159, -2.5, 1e16, 1.5e16, 1e-5, 0.0001, 123456.789, 1e100]:
    print(f"{x}|{x:.2f}|{x:10.3e}|{x:g}|{x:.3g}|{x:#.3g}|{x:.1%}|{x:,.1f}|{x:.3}|{x:08.2f}")
# rounding is done on the exact binary value, ties to even
print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {2.5:.0f} {3.5:.0f} {0.5:.0f}")
print(f"{1e22:.0f} {2**70:.3f} {5e-324:.3e} {1.7976931348623157e308:g}")
print(f"{-0.0:z.1f} {-0.0001:z.2f} {-1.5:z.0f} {float('-inf'):z}")
for v in ["inf", "-inf", "nan"]:
    x = float(v)
    print(f"{x:f}|{x:F}|{x:+.2e}|{x:010}|{x:=+8}|{x:*^9}")
print(format(12345.6789, "n"), format(1234567, "n"), format(0.1, ".20f"), format(1 / 3, ".17g"))
print(format(100.0, "#.3g"), format(1.5, "#.0f"), format(2.0, "#g"), format(1e-7, "#.2g"))
print(format(10, ".2e"), format(10, "%"), format(3, "g"), format(-7, ".1f"))
bad_specs = [(1, ".2"), (1, "z"), (1, "+c"), (1.5, "d"), (1.5, "c"), (1, ",_"), (1, "_n"), (1, ".")]
bad_specs += [(1, "xx"), (1, "s"), (0x110000, "c"), (2**1100, ".1f"), (1.5, "_b")]
for value, spec in bad_specs:
    try:
        print(format(value, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

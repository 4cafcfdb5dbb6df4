# The format mini-language for ints: grouping, prefixes, signs, '=' alignment, c, n.
specs = [",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "+", " ", "=+10", "010", "010,", "012_", "^10", "<+8",
         "*>+10,", "#010x", "c", "n", "-", ".2e", "g", "%", "x>12,.2f"]
values = [0, 7, -7, 255, 1234567, -987654321, 10**20]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(f"{spec!r:9}", "|".join(row))

for v, spec in [(1, ".2"), (1, ",x"), (1, ",_"), (256**5, "c"), (-1, "c"), (65, "+c"), (65, "#c"), (1, "z"), ("abc", "d"), (1.5, "d"), (True, "s")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(format(True, ""), format(True, "d"), format(True, ">5"), format(False, "#x"), f"{True:+}", f"{65:c}{0x1F600:c}")
print(f"{-42:=+8}", f"{255:#010b}", f"{2**40:_x}", f"{-10**12:,d}", f"{1234567:n}", f"{3054:o} {3054:#X}")
w = 12
print(f"[{42:{w}}]", f"[{42:<{w}}]", f"[{42:{'*'}^{w},}]", "[{0:{1}{2}}]".format(42, "0", 8), "[{:{}{}{}}]".format(-5, "=", "+", 6))

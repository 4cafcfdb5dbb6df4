# format() of complex numbers: no type means repr-style parts, parentheses and no
# real part when it is +0; a type formats each part and always signs the imaginary.
values = [1234.5 + 1j, 3j, complex(0, -0.0), -1e20 - 2.5e-7j, complex(-0.0, 2), 1.5 - 2j]
for spec in ["", ",", ">20", " ", "+", ".2", "#", "e", ".3g", "^24,.2f", "z.1f", "x<16", "E", "n"]:
    row = [format(z, spec) for z in values]
    print(repr(spec).ljust(10), " | ".join(row))

print(f"[{1+2j:>12}] [{2j:<6}] [{(1-1j)!r:^11}] [{-3.25j:*^10.1f}]")
print("{0:.1f} / {0:.3e} / {0}".format(complex(2.25, -0.125)))
print(f"{complex(float('nan'), float('inf'))}", f"{complex(float('nan'), 1):+}")

for spec in ["010", "0>9", "=9", "%", "d", "x", "s", ",x"]:
    try:
        print(spec, format(1 + 1j, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)

# The parts of a complex are floats: their reprs in containers and str().
z = complex(1e16, 1e-7)
print(z, [z, 1j], str(-0.0 - 0j), repr(complex(0, 0)), (1 + 2j).real, (1 + 2j).imag)

/**
 * complex numbers against CPython: literals, arithmetic with ints and floats, reprs
 * (signs of zero, whole-number parts), the constructor from numbers and strings,
 * negative floats to fractional powers, hashes and equality, errors, and cmath.
 */
import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "../stdlib/cpython";

describe("complex", () => {
  it("arithmetic, repr, constructor, powers, hashes and errors", () => {
    expectSameAsCPython(py`
      z = 3 + 4j
      print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z ** 2, complex(1, -1), type(z).__name__)
      print((1 + 2j) / (3 - 4j), 2j * 2j, complex("1+2j"), -1j, 1j ** 2, (0.5+0j), repr(1.5j))
      print((-8) ** (1/3), (-1) ** 0.5, pow(-2, 0.5), (-2.0) ** 1.5)
      print(complex(), complex(2), complex("  -3.5J "), complex("(1-1j)"), complex(1j, 1j), complex(imag=2), complex("1e3+2e-1j"), complex("-j"))
      print(1 + 0j == 1, 2j == 2j, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), bool(0j), bool(1e-300j), {1j: "a"}[1j])
      print(z - 1, 1 - z, 2 / z, z / 2, z ** 0.5, 0j ** 0, z ** -1, 1j ** 1j, abs(-3j), -z, +z)
      print([1j, -0j, 0j, complex(-0.0, 0), complex(0, -0.0), complex(1e300, 1e-300), complex(float("inf"), float("nan"))])
      for bad in ["", "1+", "j1", "1+2", "abc", "1 + 2j"]:
          try:
              complex(bad)
          except ValueError as e:
              print(repr(bad), e)
      for f in [lambda: 1j < 2j, lambda: int(1j), lambda: float(1j), lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex([]), lambda: round(1j), lambda: 1j % 2]:
          try:
              print(f())
          except (TypeError, ZeroDivisionError, ValueError) as e:
              print(type(e).__name__, e)
      print(f"{z}", str(z), "%s" % z, format(z, ".2f"), sum([1j, 2, 3.5]), max([abs(1j), 2]))
    `);
  });

  it("cmath", () => {
    expectSameAsCPython(py`
      import cmath, math
      print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(2j), cmath.sqrt(3+4j), cmath.phase(1j), cmath.phase(-1), cmath.polar(1 + 1j), cmath.rect(2, 0))
      print(cmath.exp(1j * math.pi), cmath.exp(0), cmath.log(-1), cmath.log(1j), cmath.log(100, 10), cmath.log10(1000), cmath.isclose(cmath.exp(1j * math.pi), -1))
      print(cmath.sin(1j), cmath.cos(1 + 1j), cmath.pi, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isfinite(1j))
      print([(-b + cmath.sqrt(b * b - 4 * a * c)) / (2 * a) for a, b, c in [(1, 2, 5), (1, -3, 2)]])
      try:
          math.sqrt(1j)
      except TypeError as e:
          print(e)
    `);
  });
});

# math: constants, rounding, roots, logs, gcd, isclose
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(3.7), math.ceil(3.2), math.floor(-3.7))
print(type(math.floor(3.7)).__name__, math.trunc(-3.7), math.fabs(-2), math.copysign(3, -0.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6), math.factorial(20))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10))
print(math.exp(0), math.exp(1), math.pow(2, 10), math.pow(2, 0.5), 2 ** 0.5)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 2), 10))
print(math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1) * 4, math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.modf(3.5), math.frexp(8.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(2 ** 70 + 0.5) == 2 ** 70, math.ceil(-0.5), math.inf > 10 ** 300, -math.inf < -1e308)

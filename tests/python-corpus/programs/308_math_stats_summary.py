# math for latency statistics; ends with a math domain error
# raises: ValueError
import math

samples = [12.5, 40.0, 85.25, 5.0, 9.75, 120.0, 33.3]
n = len(samples)
mean = math.fsum(samples) / n
var = math.fsum((x - mean) ** 2 for x in samples) / (n - 1)
print(round(mean, 4), round(var, 4), round(math.sqrt(var), 4))
ordered = sorted(samples)


def percentile(p):
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return ordered[int(k)]
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


print([percentile(p) for p in (50, 90, 99)], math.isclose(percentile(50), 33.3))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10**12 + 1), math.prod(range(1, 8)), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.ceil(-0.5), math.floor(-0.5), math.trunc(-2.7), math.copysign(3, -0.0), math.fabs(-4))
print(math.log(1024, 2), math.log2(2**40), math.log10(1e-3), math.exp(0), math.pow(2, -2))
print(math.isfinite(1e308 * 10), math.isinf(float("-inf")), math.isnan(math.nan), math.inf > 10**300)
print(math.degrees(math.pi), math.radians(180) == math.pi, math.modf(3.75), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.floor(2**70 + 0.5) == 2**70, math.fsum([0.1] * 10), sum([0.1] * 10))
for bad in [lambda: math.factorial(-1), lambda: math.log(0), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sqrt(-1))

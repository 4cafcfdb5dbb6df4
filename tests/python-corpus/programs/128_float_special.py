# inf and nan arithmetic, comparisons and containers
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float("inf"), max(1, inf), min(-inf, 0))
print([nan] == [nan], nan in [nan], [float("nan")] == [float("nan")], {nan: 1}.get(nan))
print(str(inf), repr(-inf), str(nan), float("Infinity"), float("-iNF"), float("nan") != 0)
print(sorted([3, inf, -inf, 0]), sum([inf, -1]), abs(-inf))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** -1074)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(round(inf) if False else "round(inf) raises", int(1e300) > 10 ** 299)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf // 1, inf % 2, divmod(5.5, inf), 5.5 % inf, -5.5 % inf)
print(f"{inf:.2f} {nan:.2f} {-inf:e} {inf:g}", "%f %f" % (inf, nan))

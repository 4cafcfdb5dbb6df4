# a formatted text report: alignment, thousands separators, percentages
rows = [
    ("GET /", 1523, 0.0123, 200),
    ("POST /login", 87, 0.2501, 302),
    ("GET /users/{id}", 40210, 0.0034, 200),
    ("DELETE /session", 3, 1.5, 204),
]
total = sum(r[1] for r in rows)
header = f"{'route':<18}|{'hits':>8}|{'share':>8}|{'avg s':>8}|{'code':^6}"
print(header)
print("-" * len(header))
for route, hits, avg, code in sorted(rows, key=lambda r: -r[1]):
    print(f"{route:<18}|{hits:>8,}|{hits / total:>8.1%}|{avg:>8.3f}|{code:^6}")
print("=" * len(header))
print(f"{'total':<18}|{total:>8,}|{1:>8.0%}|{sum(r[2] for r in rows) / len(rows):>8.4f}|")
print("%-18s|%8d|" % ("printf style", total))
print("{:<18}|{:>8}|".format("format style", total))
widths = [max(len(str(cell)) for cell in col) for col in zip(*rows)]
print(widths)
for row in rows:
    print(" ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip())
bar_max = max(r[1] for r in rows)
for route, hits, _, _ in rows:
    print(f"{route:>16} {'#' * round(20 * hits / bar_max):<20} {hits}")

# a report laid out with f-string widths, nested specs and alignment
sales = [
    ("North", 1250000.5, 0.0825, 42),
    ("South-East", 98000.0, -0.015, 7),
    ("West", 0.0, 0.0, 0),
    ("Überwald", 3.25e6, 1.5, 1234),
]
name_w = max(len(r[0]) for r in sales) + 2
header = f"{'Region':<{name_w}}{'Revenue':>16}{'Growth':>9}{'Units':>8}"
print(header)
print("=" * len(header))
for region, revenue, growth, units in sales:
    print(f"{region:<{name_w}}{revenue:>16,.2f}{growth:>+9.1%}{units:>8_}")
total = sum(r[1] for r in sales)
print("-" * len(header))
print(f"{'Total':<{name_w}}{total:>16,.2f}{'':>9}{sum(r[3] for r in sales):>8,}")
print(f"{'':-^{len(header)}}")
for width in (6, 10):
    for precision in (0, 2):
        print(f"[{3.14159:{width}.{precision}f}] [{'txt':^{width}}] [{42:0{width}d}]")
fill, align = "·", "^"
print(f"{'centered':{fill}{align}{20}}", f"{'right':{fill}>12}", f"{7:{fill}<5}")
stats = {"mean": 12.3456, "stdev": 0.98765, "n": 1000}
print(", ".join(f"{k}={v:.3g}" for k, v in stats.items()))
print(f"{stats['mean']!r:>12} {stats['n']!s:^8} {'é'!a} {'x'!r:*>5}")
items = ["a", "bb", "ccc"]
print(" | ".join(f"{s:>{i + 2}}" for i, s in enumerate(items)))
pct = [0.5, 0.125, 1 / 3, 2 / 3, 1.0]
print([f"{p:.0%}" for p in pct], [f"{p:6.2%}" for p in pct])
print(f"{12:#06x} {12:#06b} {-12:#06o} {255:02X} {1e6:.1e} {123456789:.3e}")
big = 2**100
print(f"{big:,}", f"{big:_x}", f"{big:.5e}", f"{-big:>40}")

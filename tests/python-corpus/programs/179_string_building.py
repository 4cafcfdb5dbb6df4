# building strings several ways gives the same text
parts = []
for i in range(50):
    parts.append(str(i))
joined = ",".join(parts)
concat = ""
for i in range(50):
    concat += str(i) + ("," if i < 49 else "")
comp = ",".join(str(i) for i in range(50))
fmt = ",".join(f"{i}" for i in range(50))
pct = ",".join("%d" % i for i in range(50))
print(joined == concat == comp == fmt == pct, len(joined))
print(joined[:40])
lines = [f"{n:>3} {n * n:>5} {'*' * (n % 7)}" for n in range(1, 11)]
print("\n".join(lines))
words = "the quick brown fox jumps over the lazy dog".split()
width = 16
out, line = [], ""
for w in words:
    if len(line) + len(w) + (1 if line else 0) > width:
        out.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
out.append(line)
print("\n".join(f"|{l:<{width}}|" for l in out))
print("".join(chr(ord("a") + i % 26) for i in range(30)))
print(("ab" * 3).join(["[", "]"]), "-" * 10, "=" * 0 + ".")

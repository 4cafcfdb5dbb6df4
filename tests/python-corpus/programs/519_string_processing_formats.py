s = "The Quick Brown Fox"
print(s.split(maxsplit=1), s.rsplit(maxsplit=1), s.lower().count("o"), s.find("Q", 2), s[4:9].upper())
print("-".join(sorted(s.lower().split(), key=len)), " ".join(w[::-1] for w in s.split()), s.replace(" ", "_", 2))
print(s.startswith("The"), s.endswith(("x", "fox")), s.istitle(), s.swapcase(), s.casefold())
print(f"{s!r:^30}", f"{s:.9}", f"{s:>25.5}|", "%-25s|" % s, "%.3s" % s)
vowels = sum(1 for ch in s.lower() if ch in "aeiou")
print(vowels, {ch: s.lower().count(ch) for ch in "aeiou"}, set("hello") == set("olleh"))
print("  x  ".strip() + "|", "xxhixx".strip("x"), "www.example.com".lstrip("w."), "a-b_c".replace("-", " ").replace("_", " "))
print("abc" < "abd", "Z" < "a", "apple" > "app", sorted(["b", "A", "a", "B"]), max("hello world"), ord("a") - ord("A"))
print("one\ttwo\nthree".split(), "a,b;c d".replace(";", ",").replace(" ", ",").split(","), "x".join("123"))
print("%d items at $%.2f = $%8.2f" % (3, 4.5, 13.5), "{:,.2f}".format(1234567.891), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
word = "racecar"
print(word == word[::-1], word.index("e"), word.rindex("c"), word.count("a"), word.partition("e"), list(enumerate(word))[:3])
print(str(123).zfill(6), str(-42).rjust(6, "0"), format(42, "06d"), f"{-42:06d}", "{:+.1e}".format(12345))
print(len("naïve"), "naïve".encode("utf-8"), len("naïve".encode()), "ß".casefold(), "İ".lower(), len("İ".lower()))
lines = """first line
  second line indented
third""".splitlines()
for n, line in enumerate(lines, start=1):
    print(f"{n:>3}: {line!r}")
print(" | ".join(f"{w:^7}" for w in ["a", "bb", "ccc"]), "=" * 20, "-".center(20, "*"))
template = "Dear {name}, your balance is {balance:,.2f}."
print(template.format(name="Ann", balance=12345.678), template.format_map({"name": "Bo", "balance": -5}))

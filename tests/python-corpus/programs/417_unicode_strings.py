s = "Héllo Wörld ß ﬁ İ"
print(len(s), s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
emoji = "👍🏽 family: 👨‍👩‍👧"
print(len(emoji), emoji[0], emoji[:2], list(emoji[:3]), emoji.encode("utf-8")[:8], len(emoji.encode("utf-16-le")))
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b"), ascii("é☃"))
print("é".encode(), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "İ".lower(), len("İ".lower()), "ﬃ".upper())
print("straße".center(12, "*"), "日本語".ljust(6, "_"), "x".zfill(3), "-42".zfill(6), "+7".zfill(4))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Äpfel"]), "a" < "B", "Z" < "a", ord("€"), chr(0x1F600))
print("1,234".isdigit(), "½".isnumeric(), "²".isdigit(), "٣".isdecimal(), int("٣"), "abc".isidentifier(), "α".isalpha())
print("   ".isspace(), "\u00a0".isspace(), "Hello World".istitle(), "ABC".isupper(), "".isupper())
word = "racecar"
print(word == word[::-1], "".join(reversed("hello")), "hello"[::-2], "hello"[-10:10], "hello"[3:1], "hello"[1:-1])
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join("abc"), "  pad  ".strip(), "xxhixx".strip("x"))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "hello".find("l"), "hello".rfind("l"), "hello".count("l"))
print("a,b,,c".split(","), "a b  c".split(), "a b  c".split(" "), "line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("%s|%5s|%-5s|" % ("é", "é", "é"), f"{'日本':>6}|", "{:^7}".format("☃"))
t = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(t), "hello world".expandtabs(), "a\tb".expandtabs(4), "ab".encode("utf-16"))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()), "-".join(map(str, range(5))))
import unicodedata
print(unicodedata.name("é") if False else "-", len("e\u0301"), "e\u0301" == "é")

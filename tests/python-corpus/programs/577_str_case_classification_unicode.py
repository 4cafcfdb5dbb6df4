# Case mapping and character classes outside ASCII.
print("Straße".casefold(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ ΟΔΟΣ".lower(), "AΣ b".lower())
print("they're bill's friends from the UK".title(), "hello wORLD 3rd a1b".title(), "ǆemal".title(), "ß".title())
print("Hello World ß ǅ".swapcase(), "İ".swapcase(), "Hello".capitalize(), "hELLO wORLD".capitalize(), "ßa".capitalize(), "ǆa".capitalize())

words = ["abc", "1a", "_", "été", "a-b", "", "class", "x1", "١x", "Ⅻ"]
print([w.isidentifier() for w in words])
samples = ["abc\n", "", "\x7f", "é", "\u00a0", " ", "a\u200bb", "\u2028"]
print([s.isprintable() for s in samples])
digits = ["123", "²", "½", "٣", "Ⅻ", "一", "1.5", "-1", "", "１２"]
for d in digits:
    print(repr(d), d.isdecimal(), d.isdigit(), d.isnumeric(), d.isalnum())
print("abc".isalnum(), "ab 1".isalnum(), "é".isalpha(), "".isalpha(), "ascii".isascii(), "é".isascii(), "".isascii())
print("a\tb".isspace(), " \t\n\x1c\u3000".isspace(), "".isspace(), "ABC".isupper(), "AbC".islower(), "A1".isupper(), "1".isupper())
print("Ab Cd".istitle(), "AB".istitle(), "aB".istitle(), "Ǆ".istitle(), "ǅ".istitle(), "1A".istitle(), "A's".istitle())
print(int("١٢"), float("٣.٥"), int("１２"), "x".join("١٢٣"), "٣".isdecimal())
print(sorted(["b", "B", "a", "é", "E", "ß"]), sorted(["b", "B", "a", "é", "E"], key=str.casefold), max("Zebra", "apple"))
print(len("é€😀"), "a😀b"[::-1], list("😀é"), "😀".encode(), ascii("é€😀\n"), repr("\x85\u200b\ufeff\u00ad"))

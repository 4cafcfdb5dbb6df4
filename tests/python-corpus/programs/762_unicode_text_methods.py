# str case mapping and classes on Unicode, unicodedata lookups and normal forms, encodings.
import unicodedata
for s in ["Straße", "ǅungla", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ", "hello world's-x", "they're bill's", "αβγ δ", "ß", "ﬃ"]:
    print(s.casefold(), s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), len(s.upper()))
for c in ["5", "½", "²", "٣", "a", "\u0663", "𝟘", " ", "\t", "\u00a0", "\u2028"]:
    print(repr(c), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(), unicodedata.category(c), unicodedata.numeric(c, None), unicodedata.digit(c, None), unicodedata.decimal(c, None))
print(unicodedata.name("é"), unicodedata.name("€"), unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.name("\x00", "none"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    r = unicodedata.normalize(form, "é ﬁ ① Å")
    print(form, [hex(ord(c)) for c in r], unicodedata.is_normalized(form, r))
print(unicodedata.combining("\u0301"), unicodedata.mirrored("("))
print("ǆ".title(), "ǆ".upper(), "ﬀ".upper(), "ŉ".upper(), "a\u0301".upper(), "İ".lower(), len("İ".lower()))
print("σς".upper(), "ΣΑΣ".lower(), "ΣA".lower(), "A Σ".lower(), "ΑΣ.".lower())
print("x".center(5, "é"), "abc".zfill(6), "-12".zfill(5), "straße".encode("utf-8"), "€".encode("utf-16-le"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print("Hello World".isidentifier(), "_ok1".isidentifier(), "名前".isidentifier(), "1a".isidentifier(), "Ab Cd".istitle(), "ǅ".istitle(), "ABC".isupper(), "ß".islower())
print(sorted(["b", "A", "é", "e", "Z"]), sorted(["b", "A", "é", "e"], key=str.casefold), "ß" == "SS".lower(), "straße".casefold() == "STRASSE".casefold())
print(ascii("é€𝄞"), repr("é\u200b\x7f\U0001f600"), "\N{BULLET}", len("𝄞"), "𝄞"[0], ord("𝄞"), chr(0x1F600), "a\u0300".isalpha())
print("ab\u00adc".isprintable(), "\u200b".isspace(), "\x1c".isspace(), "a\x1cb".split(), "a\u2028b".splitlines(), "x\x0by\x0cz".splitlines())
print(f"{'é':^5}|{'中文':>6}|", "%-6s|" % "ü", "{:>4}".format("∑"))

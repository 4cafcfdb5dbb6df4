# case mapping beyond ASCII: full mappings, final sigma, titlecase, casefold
words = ["straße", "ǆungla", "ﬁsh", "ΟΔΥΣΣΕΥΣ", "İstanbul", "ǅemal", "ᏸᏹ"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
# casefold makes caseless comparison work where lower() does not
pairs = [("Straße", "STRASSE"), ("ΣΑΣ", "σας"), ("ﬁ", "FI"), ("Ꭰ", "ꭰ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())
print("ΑΣ ΣΑ Σ".lower(), "ΑΣ.".lower(), "A\u0345Σ".lower())
print("hello world_foo-bar 2nd".title(), "they're".title())
print("Hello World".istitle(), "Hello world".istitle(), "ǅemal".istitle(), "123".istitle())
print("ABC".isupper(), "ǅ".isupper(), "ǅ".islower(), "abc1".islower(), "".islower())
samples = ["123", "²", "½", "三", "٣", "Ⅻ", "abc", "a1", " \t", "\u3000", "\x1c"]
for s in samples:
    flags = [s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace()]
    print(repr(s), "".join("1" if f else "0" for f in flags))
print("_x1".isidentifier(), "1x".isidentifier(), "héllo".isidentifier(), "a b".isidentifier())
print("tab\there".isprintable(), "ok".isprintable(), "\xa0".isprintable(), "é".isascii())
# astral characters count as one character each
s = "a\U0001F600b\U0001F600"
print(len(s), s.upper(), s[1] == "\U0001F600", s[::-1] == "\U0001F600b\U0001F600a")
print([c for c in s if c.isalpha()], s.center(8, "*"), s.zfill(6))

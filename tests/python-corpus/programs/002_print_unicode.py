# print of non-ASCII text and escapes
print("café")
print("naïve", "résumé", sep=" / ")
print("snowman: \u2603")
print("greek: \N{GREEK SMALL LETTER ALPHA}")
print("emoji length", len("\U0001F600"))
print(repr("café"))
print(repr("\t\n\r\x00\x7f"))
print(repr("\u2028"))
print("é".upper(), "ß".upper(), "İ".lower() == "i\u0307")
print(ord("é"), chr(233), chr(0x263A))
print(ascii("café"))
s = "日本語"
print(len(s), s[1], s[::-1])
print("a\\b", r"raw\n", len(r"raw\n"))
print("quote\"inside", 'single\'inside')
print("""triple
quoted""")

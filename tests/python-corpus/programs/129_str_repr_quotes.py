# how repr chooses quotes and escapes characters
samples = [
    "plain", "it's", 'say "hi"', "it's \"both\"", "", "'", '"', "\\", "\\'",
    "\x00", "\x07\x08", "\x1b[0m", "\x7f", "\x80", "\xa0", "\xad", "é", "\u200b",
    "\U0001F600", "tab\tend", "cr\rlf\n", "\u0085", "\u00ff",
]
for s in samples:
    print(len(s), repr(s), ascii(s))
print(repr(samples[:4]))
print(repr(b"it's"), repr(b'"'), repr(b"it's \"both\""), repr(b"\x00\x7f\x80\xff"), repr(b"\\"))
print(repr(("it's",)), repr({"it's": 'q"'}), repr({'"': "'"}))
print(str("it's"), "%r" % "it's", "{!r}".format('"'), f"{chr(39)!r}")

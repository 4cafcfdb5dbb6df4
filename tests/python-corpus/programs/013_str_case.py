# case conversion and character classification
words = ["hello world", "HELLO", "they're bill's friends", "o'neil mcdonald", "3rd place", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
samples = ["123", "12.3", "abc", "abc123", "ABC", "Abc", "   ", "", "Hello World", "x_y", "\t\n"]
for t in samples:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isupper(), t.islower(),
          t.isspace(), t.istitle(), t.isidentifier(), t.isdecimal(), t.isnumeric())
print("ß".casefold(), "Straße".lower(), "ǅ".title())
print("abc".isascii(), "café".isascii(), "²".isdigit(), "²".isdecimal())

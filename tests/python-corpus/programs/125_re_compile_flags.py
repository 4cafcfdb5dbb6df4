# compiled patterns and flags: IGNORECASE, MULTILINE, VERBOSE, DOTALL
import re
pat = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(pat.pattern, pat.groups, bool(pat.flags & re.UNICODE))
for s in ["2024-01-31", "date: 1999-12-01", "nope"]:
    m = pat.search(s)
    print(s, "->", m.groups() if m else None, bool(pat.match(s)))
print(pat.findall("2020-01-01 and 2021-02-02"), pat.sub(r"\3/\2/\1", "on 2024-05-06"))
ci = re.compile(r"hello", re.IGNORECASE)
print(ci.findall("Hello HELLO hello hElLo"), re.findall(r"(?i)abc", "ABC abc"))
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"\w+$", text, re.M))
print(re.findall(r"line$", text), re.findall(r"line$", text, re.M))
verbose = re.compile(r"""
    (?P<key>[a-z]+)   # a key
    \s*=\s*           # equals sign
    (?P<value>\d+)    # a number
""", re.VERBOSE)
print([m.groupdict() for m in verbose.finditer("a = 1, bb=22, c =3")])
print(re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"A.B", "a\nb", re.I | re.S))
word = re.compile(r"\w+")
print(word.match("  x"), word.match("  x", 2).group(), word.search("!!hi there").group())
print(word.split("a b  c"), re.compile(r"\W+").split("a, b;c"), word.fullmatch("abc") is not None)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)

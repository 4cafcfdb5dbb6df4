import re
from collections import Counter
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A fox, a dog, and a cat: 3 animals; 42 legs? No -- 14 legs.
Email me at john.doe@example.com or jane_smith99@test.org."""
words = re.findall(r"[a-z']+", text.lower())
print(len(words), words[:8])
c = Counter(words)
print(c.most_common(5))
print(re.findall(r"\d+", text))
print(re.sub(r"(\w+)@(\w+)\.(\w+)", r"<\2 at \1>", text.splitlines()[2]))
print(re.split(r"[.!?]\s*", text.replace("\n", " ")))
for m in re.finditer(r"\b([A-Z])\w*", text):
    print(m.group(), m.start(), m.end(), m.span(1), end="; ")
print()
pat = re.compile(r"(?P<user>[\w.]+)@(?P<domain>[\w.]+)")
for m in pat.finditer(text):
    print(m.groupdict(), m.group("user"), m.groups())
print(re.match(r"the", text), bool(re.match(r"the", text, re.I)))
print(re.search(r"(\d+) legs", text).group(1))
print(text.title()[:30], text.count("dog"), text.find("cat"), text.rfind("dog"))
print("|".join(w.capitalize() for w in "hello world  foo".split(" ")))
print(re.sub(r"\s+", " ", "  a   b \t c\n d ").strip())
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch(r"\d{3}", "1234"))
print(re.escape("a.b*c?"), re.sub(r"o", lambda m: m.group().upper(), "foo boo", count=2))
print("Hello World".swapcase(), "abc".center(9, "*"), "x".zfill(4), "-5".zfill(4))
print(re.subn(r"a", "A", "banana"), re.split(r"(,)", "a,b,c", maxsplit=1))

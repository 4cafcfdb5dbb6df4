import re
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\(?(\d{3})\)?[ -]?(\d{3})-?(\d{4})?", text))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group(), m.group("user"), m.groupdict(), m.span(), m.start("host"), m.groups())
print(re.sub(r"\d", "#", text), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and a@b"))
print(re.sub(r"\s+", " ", "  many   spaces\there \n"), re.subn("a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c;  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "  x y  "))
pattern = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
for s in ["2024-01-05", "2024-1-5", "x2024-01-05"]:
    mm = pattern.match(s)
    print(s, bool(mm), mm.groups() if mm else None)
print([m.group(0) for m in re.finditer(r"\b[A-Z]\w*", "Hello World from Python Land")])
print(re.match(r"a+", "aaab").end(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.findall(r"(?m)^\w", "ab\ncd\nef"))
print(re.escape("1.5*2+[x]"), re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the cat sat"))
print(re.findall(r"<(.+?)>", "<a><b>"), re.findall(r"<(.+)>", "<a><b>"), re.search(r"x", "abc"))
log = """2024-01-01 ERROR disk full
2024-01-01 INFO started
2024-01-02 WARNING slow
2024-01-02 ERROR timeout"""
errors = re.findall(r"^(\S+) ERROR (.*)$", log, re.MULTILINE)
print(errors)
print(re.compile(r"(\w+)=(\d+)").findall("a=1, bb=22, c=x"), re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "3 apples, 10 pears"))
print(repr(re.compile(r"\d+", re.I)), re.search(r"(a)(b)?", "a").groups(), re.search(r"(a)(b)?", "a").group(2))

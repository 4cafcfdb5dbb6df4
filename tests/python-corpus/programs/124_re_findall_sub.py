# re.findall, finditer, sub (with groups and functions), split, subn
import re
text = "apples 3, pears 12, plums 7"
print(re.findall(r"\d+", text), re.findall(r"(\w+) (\d+)", text), re.findall(r"z", text))
print([m.group(1) for m in re.finditer(r"(\w+) \d+", text)])
print([(m.start(), m.group()) for m in re.finditer(r"p\w+", text)])
print(re.sub(r"\d+", "N", text), re.sub(r"\d+", "N", text, count=1))
print(re.sub(r"(\w+) (\d+)", r"\2 \1", text), re.sub(r"(?P<n>\d+)", r"<\g<n>>", text))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text))
print(re.subn(r"s\b", "S", text))
print(re.split(r",\s*", text), re.split(r"(\d+)", "a1b22c"), re.split(r"\s+", "  lead and trail  "))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x*", "abc"))
print(re.findall(r"\b\w", "the quick brown fox"), re.findall(r"(a)(b)?", "ab a"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.MULTILINE))
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"))
print(re.escape("a.b*c"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
print(re.sub(r"\s+", " ", "  too    many   spaces ").strip())
print(re.findall(r"[\w.]+@\w+\.com", "a.b@x.com; c@y.com, bad@z.org"))

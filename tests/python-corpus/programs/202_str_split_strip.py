# parsing text with split, rsplit, splitlines, strip and partition
log = """  2024-01-05 10:00:01 INFO  server started  \r
2024-01-05 10:00:02 WARN  disk  at 91%
\t2024-01-05 10:00:03 ERROR request failed: timeout=30s
"""
for line in log.splitlines():
    line = line.strip()
    date, time, level, message = line.split(None, 3)
    print(level.ljust(5), "|", message, "|", time.rsplit(":", 1)[0])
print(log.splitlines(True)[0].endswith("\r\n"), len(log.splitlines()))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("  a  b  c  ".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("  a  b  ".split(maxsplit=0), "".split(), "".split(","), "x".split("x"))
print("one\ntwo\r\nthree\rfour\x0cfive\x1csix\u2028seven".splitlines())
config = "name = demo ; port=8080;debug = true ;; "
settings = {}
for part in config.split(";"):
    key, sep, value = part.partition("=")
    if sep:
        settings[key.strip()] = value.strip()
print(settings)
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.partition("/")[2].partition("/")[0], path.rsplit("/", 2)[1:])
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"))
print(repr("\u3000 spaced \x85".strip()), repr(" \t\n".strip()), "www.example.com".strip("cmowz."))
print("key: value: more".split(": ", 1), "a b c".rsplit(" ", 1), "1-2-3".split("-", -1))
words = "the quick  brown\tfox".split()
print(",".join(words), "-".join(reversed(words)), "".join(w[0] for w in words).upper())
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join(["x", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".strip(5)
except TypeError as e:
    print("TypeError:", e)

# re for URL routing, validation and log parsing
import re

ROUTES = [
    (r"^/users/(?P<user_id>\d+)$", "user"),
    (r"^/users/(?P<user_id>\d+)/posts/(?P<slug>[\w-]+)/?$", "post"),
    (r"^/static/(?P<path>.+\.(?:css|js))$", "static"),
]
compiled = [(re.compile(p), name) for p, name in ROUTES]


def route(path):
    for pattern, name in compiled:
        m = pattern.match(path)
        if m:
            return name, m.groupdict()
    return None, {}


for path in ["/users/42", "/users/42/posts/hello-world/", "/static/css/site.css", "/users/x", "/static/a.png"]:
    print(path, route(path))
email = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
print([bool(email.match(s)) for s in ["a@b.co", "bad@", "x.y+z@mail.example.org", "@no.com"]])
log = """127.0.0.1 - GET /index.html 200 0.012
10.0.0.5 - POST /api/items 201 0.340
10.0.0.5 - GET /api/items?page=2 500 1.250"""
line_re = re.compile(r"(?P<ip>[\d.]+) - (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)")
for m in line_re.finditer(log):
    print(m.group("ip", "status"), float(m["secs"]) * 1000, m.span("path"))
print(re.findall(r"^\d+\.\d+", log, re.M), re.sub(r"\d+\.\d+\.\d+\.\d+", "<ip>", log.splitlines()[0]))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.subn(r"\s+", " ", "  too   many    spaces "), re.escape("1+1=2?"), re.fullmatch(r"[a-z]+", "abc1"))
slug = re.compile(r"[^a-z0-9]+")
print(slug.sub("-", "Hello, World! 2024".lower()).strip("-"), slug.pattern, bool(slug.flags & re.UNICODE))
try:
    re.compile(r"(?P<name>\d+")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)

import re
from collections import Counter
log = """2024-01-15 10:23:45 ERROR [db] Connection timeout after 30s
2024-01-15 10:24:01 INFO [web] GET /index.html 200 0.023s
2024-01-15 10:24:05 WARN [web] GET /missing 404 0.002s
2024-01-15 10:25:12 ERROR [auth] Invalid token for user=bob
2024-01-15 10:26:00 INFO [web] POST /login 302 0.150s
2024-01-16 08:00:00 INFO [cron] nightly job finished in 3600s"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<src>\w+)\] (?P<msg>.*)$", re.M)
entries = [m.groupdict() for m in pat.finditer(log)]
print(len(entries), entries[0])
levels = Counter(e["level"] for e in entries)
print(levels.most_common(), sorted(levels.elements()))
for e in entries:
    if e["level"] == "ERROR":
        print(f"{e['date']} {e['src']:>5}: {e['msg']}")
reqs = re.findall(r"(GET|POST) (\S+) (\d{3}) ([\d.]+)s", log)
print(reqs)
total = sum(float(t) for *_, t in reqs)
print(f"avg {total / len(reqs):.4f}s over {len(reqs)} requests")
print(re.sub(r"user=(\w+)", lambda m: "user=" + "*" * len(m.group(1)), log.splitlines()[3]))
print(re.findall(r"\b\d+s\b", log), re.search(r"(\d+)s$", log).group(1))
by_day = {}
for e in entries:
    by_day.setdefault(e["date"], []).append(e["level"][0])
print(by_day)
words = re.findall(r"[A-Za-z]+", log)
print(Counter(w.lower() for w in words).most_common(4))
print(re.split(r"\s*\|\s*", "a | b|c  |  d"), re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", "2024-01-15"))
print(re.findall(r"(?i)get|post", log), re.match(r"(\d+)-(\d+)", "12-34").groups(), re.compile(r"\d").pattern)
csv_line = 'name,"Smith, John",42,"say ""hi"""'
import csv, io
print(next(csv.reader(io.StringIO(csv_line))))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"(\w)\1", "aabbcdd"), bool(re.search(r"^\s*$", "   ")))

import csv, io, json
from itertools import groupby
from operator import itemgetter, attrgetter
from statistics import mean, median, stdev, mode, pstdev, variance
from datetime import date, datetime, timedelta
from decimal import Decimal

raw = """name,dept,salary,hired
Alice,Eng,120000,2019-03-15
Bob,Sales,70000,2020-07-01
Carol,Eng,135000,2017-11-30
Dan,Sales,65000,2021-01-10
Eve,HR,80000,2018-05-21
"""
rows = list(csv.DictReader(io.StringIO(raw)))
for r in rows:
    r["salary"] = int(r["salary"])
    r["hired"] = date.fromisoformat(r["hired"])
rows.sort(key=itemgetter("dept"))
for dept, grp in groupby(rows, key=itemgetter("dept")):
    g = list(grp)
    sal = [r["salary"] for r in g]
    print(f"{dept:<6} n={len(g)} mean={mean(sal):>10,.1f} median={median(sal)}")
sal = [r["salary"] for r in rows]
print(round(stdev(sal), 3), round(pstdev(sal), 3), variance([1, 2, 3, 4]), mode([1, 2, 2, 3]))
ref = date(2024, 1, 1)
for r in sorted(rows, key=lambda r: (r["hired"].year, -r["salary"])):
    tenure = ref - r["hired"]
    print(f"{r['name']:>5} {r['hired']:%b %d, %Y} {tenure.days:>5}d {tenure} {r['hired'].strftime('%A')}")
def default(o):
    if isinstance(o, date): return o.isoformat()
    if isinstance(o, Decimal): return str(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
doc = {"rows": rows[:2], "total": Decimal("1.10") + Decimal("2.205"), "tags": ("a", "b"), "ok": True, "none": None}
s = json.dumps(doc, default=default, indent=2, sort_keys=True)
print(s)
back = json.loads(s)
print(back["rows"][0], back["tags"])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["x", "y, z", 'q"uote'])
w.writerows([[1, 2.5, None], ["a\nb", "", True]])
print(repr(out.getvalue()))
dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt + timedelta(days=1, minutes=45), (dt - datetime(2023, 1, 1)).total_seconds())
print(timedelta(days=-1, seconds=5), timedelta(weeks=3, hours=-2) / 7, dt.isoformat(), dt.weekday(), dt.isocalendar())
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)

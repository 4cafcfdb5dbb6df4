# collections for request statistics: Counter, defaultdict, OrderedDict, namedtuple
from collections import Counter, OrderedDict, defaultdict, namedtuple

Request = namedtuple("Request", "method path status ms")
log = [
    Request("GET", "/", 200, 12),
    Request("GET", "/items", 200, 40),
    Request("POST", "/items", 201, 85),
    Request("GET", "/items", 404, 5),
    Request("GET", "/", 200, 9),
    Request("DELETE", "/items/3", 500, 120),
]
by_status = Counter(r.status for r in log)
print(by_status, by_status.most_common(1), by_status[302])
by_path = defaultdict(list)
for r in log:
    by_path[r.path].append(r.ms)
print(dict(by_path), {p: max(ms) for p, ms in by_path.items()})
methods = Counter(r.method for r in log)
methods.update(["GET", "PATCH"])
print(methods, methods.total(), +Counter(a=2, b=-1))
print(Counter("abcab") - Counter("ab"), Counter("ab") | Counter("bb"), Counter("ab") & Counter("bb"))
recent = OrderedDict()
for r in log:
    key = (r.method, r.path)
    recent[key] = r.status
    recent.move_to_end(key)
    if len(recent) > 3:
        recent.popitem(last=False)
print(recent)
slow = [r._replace(ms=r.ms // 10) for r in log if r.ms > 30]
print(slow[0], slow[0]._asdict(), Request._fields)
summary = defaultdict(lambda: defaultdict(int))
for r in log:
    summary[r.method][r.status // 100 * 100] += 1
print({m: dict(s) for m, s in summary.items()})

from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("mississippi")
print(c, c.most_common(), c.most_common(2), c["z"])
c.update("miss")
print(c, sum(c.values()), list(c.elements())[:6])
c2 = Counter(a=3, b=1) - Counter(a=1, b=2)
print(c2, Counter(a=1) + Counter(a=2, b=1), Counter(a=3) & Counter(a=1, b=1), Counter(a=1) | Counter(a=2))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter("abcab").total(), Counter({"x": 0, "y": -1}))
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dict(dd), dd["z"], len(dd))
dc = defaultdict(int)
for ch in "hello":
    dc[ch] += 1
print(dc, sorted(dc.items(), key=lambda kv: (-kv[1], kv[0])))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od, od.popitem(), od.popitem(last=False), list(od.keys()))
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.extend([4, 5, 6]); dq.rotate(2)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), list(reversed(dq)), dq.count(4), dq[0], dq[-1])
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), p == (3, 4))
x, y = p
print(x + y, repr(Point(1, y=2)), isinstance(p, tuple), hash(p) == hash((3, 4)))
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[50000])
print(Emp("al", "eng"), Emp._field_defaults)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.maps)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Counter("ab")["a"] + None
except TypeError as e:
    print(e)
d = deque(range(5))
d.remove(2)
print(d, d.index(3), deque("abc", maxlen=2))

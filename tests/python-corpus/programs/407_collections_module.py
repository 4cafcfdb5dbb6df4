from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap
text = "it was the best of times it was the worst of times"
c = Counter(text.split())
print(c.most_common(3), c["times"], c["nothing"], len(c))
c.update(["best", "best"])
c.subtract({"it": 2})
print(c.most_common(2), +c == c, sorted((+c).items())[:3])
print(Counter("mississippi"), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(last=False), od)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([1, 2]))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
emps = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 90000)]
by_dept = defaultdict(list)
for e in emps:
    by_dept[e.dept].append(e.name)
print(emps[1], dict(by_dept), max(emps, key=lambda e: e.salary).name)
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d[0], d[-1], len(d))
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
window = deque(maxlen=3)
for v in [1, 5, 2, 8, 3]:
    window.append(v)
    print(list(window), sum(window) / len(window))
defaults = {"color": "red", "size": "m"}
user = {"size": "xl"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], dict(cm), len(cm))

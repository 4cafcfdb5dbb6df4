from collections import Counter, defaultdict, namedtuple
import itertools, statistics, math
votes = "apple banana apple cherry banana apple date cherry banana elder".split()
c = Counter(votes)
print(c.most_common(3), c.most_common()[-2:], c["fig"], sorted(c, key=c.get, reverse=True))
c.subtract(["apple", "apple", "zzz"])
print(c, +c, -c)
grades = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95]}
for name, gs in grades.items():
    print(f"{name:>4}: mean={statistics.mean(gs):6.2f} median={statistics.median(gs)} stdev={statistics.stdev(gs):.3f} pstdev={statistics.pstdev(gs):.3f}")
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.fmean([1, 2, 3.5]), statistics.quantiles(range(1, 11), n=4))
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")]:
    graph[a].add(b)
    graph[b].add(a)
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
print(bfs("a"), bfs("d"), {k: sorted(v) for k, v in sorted(graph.items())})
Edge = namedtuple("Edge", "u v w")
edges = [Edge("a", "b", 4), Edge("a", "c", 1), Edge("c", "b", 2), Edge("b", "d", 5)]
dist = {"a": 0}
for _ in range(3):
    for e in edges:
        if e.u in dist and dist[e.u] + e.w < dist.get(e.v, math.inf):
            dist[e.v] = dist[e.u] + e.w
print(dist, min(edges, key=lambda e: e.w), sorted(edges, key=lambda e: (-e.w, e.u))[0])
pairs = list(itertools.combinations("abcd", 2))
print(len(pairs), pairs[:3], list(itertools.permutations([1, 2, 3]))[-1], list(itertools.product([0, 1], repeat=2)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], min)), list(itertools.islice(itertools.cycle([1, 2]), 5)), list(itertools.starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))

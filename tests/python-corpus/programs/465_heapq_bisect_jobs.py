import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3]))
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
tasks = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
people = [("amy", 30), ("bob", 25), ("cat", 35)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 10))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a)
def grade(score, bps=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(recs, (3,)), bisect.bisect_right([1, 2, 3], 2, lo=0, hi=2), bisect.bisect_left(recs, 4, key=lambda r: r[0]))
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return f"Job({self.p}, {self.n!r})"
jobs = [Job(5, "e"), Job(1, "a"), Job(3, "c")]
heapq.heapify(jobs)
print(heapq.heappop(jobs), jobs)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)

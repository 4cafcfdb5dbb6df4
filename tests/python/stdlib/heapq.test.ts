import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("heapq and bisect", () => {
  it("heap layouts match CPython's, nlargest/nsmallest/merge, bisect with key, errors", () => {
    expectSameAsCPython(py`
      import heapq, bisect, random
      random.seed(11)
      h = []
      for x in [random.randint(0, 50) for _ in range(15)]:
          heapq.heappush(h, x)
          print(h)
      print([heapq.heappop(h) for _ in range(5)], h)
      data = [9, 2, 7, 1, 8, 3, 3, 0]
      heapq.heapify(data)
      print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 10), data)
      print(heapq.nlargest(3, [5, 1, 8, 3, 8]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, [(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))
      print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)), list(heapq.merge([7, 3], [5, 1], reverse=True)))
      tasks = []
      for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
          heapq.heappush(tasks, (prio, name))
      print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
      a = [1, 2, 2, 2, 5, 8]
      print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 5, 0, 3))
      bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
      grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
      print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] if s >= 60 else "F" for s in [55, 60, 75, 99]])
      rows = [("a", 1), ("b", 3), ("c", 5)]
      print(bisect.bisect_left(rows, 3, key=lambda r: r[1]))
      bisect.insort(rows, ("x", 4), key=lambda r: r[1]); print(rows)
      for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5), lambda: bisect.bisect([1], 1, -1)]:
          try:
              f()
          except (IndexError, TypeError, ValueError) as e:
              print(type(e).__name__, e)
    `);
  });
});

import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { expectSameAsCPython, py } from "./cpython";

describe("copy", () => {
  it("copy and deepcopy of containers, instances, cycles and hooks", () => {
    expectSameAsCPython(py`
      import copy
      from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
      data = {"a": [1, 2, {"b": [3]}], "t": (1, [2]), "s": {1, 2}, "f": frozenset({3})}
      shallow = copy.copy(data)
      deep = copy.deepcopy(data)
      data["a"][2]["b"].append(4)
      data["t"][1].append(5)
      print(shallow["a"] is data["a"], deep["a"] is data["a"], deep, shallow == data, deep == data)
      print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)) is not None, copy.deepcopy((1, 2, "x")) == (1, 2, "x"))
      t = (1, 2)
      print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(([],))[0] is not None)
      cyc = [1]
      cyc.append(cyc)
      c2 = copy.deepcopy(cyc)
      print(c2[1] is c2, c2[1] is not cyc, len(c2))
      shared = [0]
      pair = [shared, shared]
      p2 = copy.deepcopy(pair)
      print(p2[0] is p2[1], p2[0] is not shared)
      class Point:
          def __init__(self, x, tags):
              self.x = x
              self.tags = tags
          def __repr__(self):
              return f"Point({self.x}, {self.tags})"
      p = Point(1, ["a"])
      pc = copy.copy(p)
      pd = copy.deepcopy(p)
      p.tags.append("b")
      print(pc, pd, type(pd).__name__, pc.tags is p.tags)
      class Hooked:
          def __init__(self):
              self.n = 0
          def __copy__(self):
              print("  __copy__")
              return "copied"
          def __deepcopy__(self, memo):
              print("  __deepcopy__", type(memo).__name__)
              return "deep"
      print(copy.copy(Hooked()), copy.deepcopy([Hooked()]))
      P = namedtuple("P", "x y")
      np = copy.deepcopy(P(1, [2]))
      print(np, type(np).__name__)
      dd = defaultdict(list, {"k": [1]})
      dd2 = copy.deepcopy(dd)
      dd2["k"].append(2); dd2["new"].append(0)
      print(dd, dd2, copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter("aab")), copy.deepcopy(deque([[1]], maxlen=3)))
    `);
  });

  it("deepcopy memo is a dict keyed by id", () => {
    const r = runProgram(py`
      import copy
      memo = {}
      a = [1]
      b = copy.deepcopy([a, a], memo)
      print(id(a) in memo, memo[id(a)] is b[0], b[0] is b[1])
    `);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("True True True\n");
  });
});

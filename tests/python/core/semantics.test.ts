/**
 * Object-model behaviour that programs from tutorials rely on, against CPython:
 * instance namespaces seen through `__dict__`, assigned names of functions and
 * classes, str subclasses in str operations, and the other points listed per case.
 * Each program runs under both; stdout and the traceback's last line must match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { py, runAllCPython, runEngine, type Outcome } from "./harness";

const CASES: Record<string, string> = {
  "obj.__dict__ and vars(obj) are the live namespace": py`
    class P:
        def __init__(self, **kw):
            self.__dict__.update(kw)
        def __repr__(self):
            return "P(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
    p = P(a=1, b="x")
    p.c = [1]
    print(p, vars(p), len(p.__dict__), "c" in p.__dict__, list(p.__dict__))
    d = p.__dict__
    d["z"] = 9
    del d["a"]
    print(p, hasattr(p, "a"), p.z, d is vars(p))
    print(d.pop("b"), p, d.setdefault("q", 5), p.q, sorted(d.items()))
    d.clear()
    p.x = 1
    print(p, d, dict(d), {**d})
    try:
        for k in p.__dict__:
            p.y = 2
    except RuntimeError as e:
        print(e)
    def f():
        pass
    f.attr = 3
    f.__dict__["more"] = 4
    print(f.__dict__, f.more)
    class R:
        x = 1
    r = R()
    r.__dict__.update({"x": 10})
    print(r.x, R.x)
  `,
  "assigned __name__ and __qualname__ show in reprs and call errors": py`
    def f(a):
        pass
    f.__qualname__ = "Custom.name"
    f.__name__ = "renamed"
    print(repr(f).split(" at ")[0], f.__name__, f.__qualname__, f.__dict__)
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
    def g():
        yield 1
    g.__qualname__ = "G.gen"
    print(g().__qualname__)
    class C:
        pass
    C.__qualname__ = "Outer.C"
    print(C, repr(C()).split(" object")[0])
    try:
        f.__name__ = 3
    except TypeError as e:
        print(e)
  `,
  "str subclasses join as their value": py`
    class S(str):
        def __str__(self):
            return "never"
    print("-".join([S("x"), "y", S("z")]), repr("".join([S("q")])), type("".join([S("q")])).__name__)
    print(S(",").join(["a", "b"]), ",".join((S(c) for c in "abc")))
  `,
};

const names = Object.keys(CASES);

describe("object-model semantics match CPython", () => {
  const reference = new Map<string, Outcome>();

  beforeAll(async () => {
    const runs = await runAllCPython(names.map((n) => CASES[n]!));
    names.forEach((n, i) => reference.set(n, runs[i]!));
  }, 120_000);

  for (const name of names) {
    it(name, () => {
      const cpython = reference.get(name)!;
      const engine = runEngine(CASES[name]!);
      expect(engine.stdout).toBe(cpython.stdout);
      expect(engine.last).toBe(cpython.last);
    });
  }
});

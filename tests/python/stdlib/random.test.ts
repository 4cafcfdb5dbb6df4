import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { cpython, expectSameAsCPython, py } from "./cpython";

describe("random", () => {
  it("seeded draws match CPython's Mersenne Twister and random.py algorithms", () => {
    expectSameAsCPython(py`
      import random
      random.seed(42)
      print(random.random(), random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
      l = list(range(20)); random.shuffle(l); print(l)
      print(random.sample(range(100), 5), random.sample(range(10000), 12), random.sample("abc", 3), random.randrange(0, 100, 7), random.randrange(10), random.randrange(-5, 5))
      print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.randrange(2**70))
      print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4), random.choices("xy", cum_weights=[1, 3], k=3))
      print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.randbytes(5))
      for s in [0, 1, -7, 2**100, 3.5, "hello", b"bytes", True, ""]:
          random.seed(s)
          print(repr(s), random.random(), random.randint(0, 10**6))
      r = random.Random(123)
      print(r.random(), r.randint(1, 6), random.Random("x").random(), random.Random(123).random() == random.Random(123).random())
      st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
      for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 3), lambda: random.randrange(1.5), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.randrange(0, 10, 0), lambda: random.seed([1])]:
          try:
              f()
          except (IndexError, ValueError, TypeError) as e:
              print(type(e).__name__, e)
      random.seed(7)
      print([random.randint(1, 6) for _ in range(20)], sorted(random.sample(range(1, 50), 6)))
    `);
  });

  it("the unseeded module is deterministic: it starts as if seeded with 0", () => {
    // CPython seeds from the OS; the engine seeds with 0 so runs repeat.
    const draws = "print(random.random(), random.randint(1, 10), random.choice('xyz'))\n";
    const expected = cpython("import random\nrandom.seed(0)\n" + draws);
    const r = runProgram("import random\n" + draws);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(expected);
    expect(runProgram("import random\nrandom.seed()\n" + draws).stdout).toBe(expected);
  });
});

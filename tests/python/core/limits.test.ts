/**
 * Runaway code is stopped, and stopped deterministically: the recursion limit gives
 * CPython's RecursionError, huge allocations a MemoryError, and the step budget halts
 * an endless loop at the same step on every run, where no `except` can catch it.
 */
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { py, runCPython, runEngine } from "./harness";

describe("the recursion limit", () => {
  it("raises RecursionError with CPython's message, catchable, and the program goes on", async () => {
    const source = py`
      def down(n):
          return down(n + 1)
      try:
          down(0)
      except RecursionError as e:
          print("caught:", e)
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      print(depth(500))
      down(0)
    `;
    const engine = runEngine(source);
    const cpython = await runCPython(source);
    expect(engine.stdout).toBe(cpython.stdout);
    expect(engine.last).toBe("RecursionError: maximum recursion depth exceeded");
    expect(engine.last).toBe(cpython.last);
  });

  it("allows the depth CPython allows, whatever the shape of the recursive call", async () => {
    const source = py`
      def probe(f):
          lo, hi = 1, 1100
          while lo < hi:
              mid = (lo + hi + 1) // 2
              try:
                  f(mid)
                  lo = mid
              except RecursionError:
                  hi = mid - 1
          return lo
      def plain(n): return 0 if n == 0 else 1 + plain(n - 1)
      class C:
          def m(self, n): return 0 if n == 0 else 1 + self.m(n - 1)
          def k(self, n, *, acc=0): return acc if n == 0 else self.k(n - 1, acc=acc + 1)
          def __getitem__(self, n): return 0 if n == 0 else 1 + self[n - 1]
          def star(self, *a): return 0 if a[0] == 0 else 1 + self.star(a[0] - 1)
      c = C()
      def tryf(n):
          try:
              return 0 if n == 0 else 1 + tryf(n - 1)
          finally:
              pass
      def withlambda(n): return 0 if n == 0 else (lambda: 1 + withlambda(n - 1))()
      print(probe(plain), probe(c.m), probe(c.k), probe(lambda n: c[n]), probe(c.star), probe(tryf), probe(withlambda))
    `;
    const cpython = await runCPython(source);
    expect(runEngine(source).stdout).toBe(cpython.stdout);
  });

  it("counts frames, so a lower limit stops sooner", () => {
    const source = py`
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      print(depth(40))
      print(depth(80))
    `;
    const r = runProgram(source, { recursionLimit: 60 });
    expect(r.stdout).toBe("40\n");
    expect(r.error?.type).toBe("RecursionError");
    expect(r.error?.line).toBe(2);
  });

  it("also stops recursion through dunder methods", () => {
    const r = runProgram(py`
      class Loop:
          def __repr__(self):
              return repr(self)
      repr(Loop())
    `);
    expect(r.error?.type).toBe("RecursionError");
  });
});

describe("huge allocations", () => {
  for (const [what, expr] of [
    ["a list repeated 10**9 times", "[0] * 10**9"],
    ["a str repeated 10**10 times", '"x" * 10**10'],
    ["a bytes object of 10**10 bytes", "bytes(10**10)"],
    ["a tuple repeated 10**9 times", "(1, 2) * 10**9"],
    ["an int shifted by 10**10 bits", "1 << 10**10"],
    ["a power with 10**9 digits", "10 ** (10**9)"],
  ] as const) {
    it(`${what} raises MemoryError, and the program can catch it`, () => {
      const r = runProgram(py`
        try:
            x = ${expr}
        except MemoryError as e:
            print("MemoryError", repr(e))
        print("small still works", len([0] * 1000))
      `);
      expect(r.error).toBeNull();
      expect(r.stdout).toBe("MemoryError MemoryError()\nsmall still works 1000\n");
    });
  }

  it("an uncaught one ends the program with MemoryError", () => {
    const r = runProgram("print('before')\nx = [0] * 10**9\nprint('after')\n");
    expect(r.stdout).toBe("before\n");
    expect(r.error?.type).toBe("MemoryError");
    expect(r.error?.line).toBe(2);
  });
});

describe("the step budget", () => {
  const endless = py`
    print("start")
    n = 0
    while True:
        n += 1
  `;

  it("stops `while True: pass` with a report pointing at the loop", () => {
    const r = runProgram(endless, { stepLimit: 100_000 });
    expect(r.stdout).toBe("start\n");
    expect(r.error?.message).toMatch(/step budget/);
    expect(r.error?.line).toBe(4);
    expect(r.error?.traceback).toContain('File "main.py", line 4, in <module>\n    n += 1');
  });

  it("stops at the same step on every run", () => {
    const runs = [0, 1, 2].map(() => runProgram(endless, { stepLimit: 123_457 }));
    expect(new Set(runs.map((r) => r.steps)).size).toBe(1);
    expect(runs[0]!.steps).toBeGreaterThan(123_457);
    expect(runs[0]!.steps).toBeLessThan(123_460);
    expect(runs.map((r) => r.error?.line)).toEqual([4, 4, 4]);
  });

  it("counts the same steps for the same finished program", () => {
    const source = py`
      def fib(n):
          return n if n < 2 else fib(n - 1) + fib(n - 2)
      print(sum(fib(i) for i in range(15)), sorted({x % 7 for x in range(100)}))
    `;
    const a = runProgram(source);
    const b = runProgram(source);
    expect(a.error).toBeNull();
    expect(a.steps).toBe(b.steps);
    expect(a.steps).toBeGreaterThan(1000);
  });

  it("cannot be caught by except, bare or not, nor swallowed by finally", () => {
    const r = runProgram(
      py`
        def spin():
            while True:
                pass
        for attempt in range(3):
            try:
                spin()
            except:
                print("caught?")
            finally:
                pass
        print("after")
      `,
      { stepLimit: 50_000 },
    );
    expect(r.stdout).toBe("");
    expect(r.error?.message).toMatch(/step budget/);
    expect(r.error?.traceback).toMatch(/line 3, in spin/);
  });

  it("stops a native consumer of an endless iterator", () => {
    const r = runProgram("import itertools\nprint(sum(itertools.count()))\n", { stepLimit: 200_000 });
    expect(r.error?.message).toMatch(/step budget/);
    expect(r.steps).toBeLessThan(200_010);
  });

  it("stops endless recursion-free call chains in generators", () => {
    const r = runProgram(
      py`
        def gen():
            while True:
                yield 1
        total = 0
        for x in gen():
            total += x
      `,
      { stepLimit: 10_000 },
    );
    expect(r.error?.message).toMatch(/step budget/);
  });
});

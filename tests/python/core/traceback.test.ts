/**
 * Uncaught exceptions print a traceback through the user's own lines, as CPython
 * prints it: frames (functions, methods, lambdas, comprehensions, class bodies,
 * generators), chained exceptions, repeated frames collapsed, and the last line.
 * CPython 3.11's `^~~~` marker lines under the failing operation are compared too.
 */
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { describeAgainstCPython, py } from "./harness";

const CASES: Record<string, string> = {
  "nested calls": py`
    def parse(text):
        return int(text)
    def load(items):
        return [parse(x) for x in items]
    print("loading")
    load(["1", "x"])
  `,
  "a method, a property and a lambda": py`
    class Account:
        def __init__(self, balance):
            self.balance = balance
        @property
        def ratio(self):
            return self.balance / self.limit()
        def limit(self):
            return (lambda: 0)()
    print(Account(10).ratio)
  `,
  "during handling of another exception": py`
    def risky():
        try:
            return {}["missing"]
        except KeyError:
            raise ValueError("could not read config")
    risky()
  `,
  "raise from, and raise from None": py`
    class AppError(Exception):
        pass
    def fetch():
        try:
            [][1]
        except IndexError as e:
            raise AppError("fetch failed") from e
    def outer():
        try:
            fetch()
        except AppError:
            raise RuntimeError("giving up") from None
    try:
        outer()
    except RuntimeError as e:
        print(repr(e), e.__suppress_context__, repr(e.__context__))
    fetch()
  `,
  "a bare raise keeps the original line": py`
    def work():
        try:
            x = 1
            y = x / 0
        except ZeroDivisionError:
            print("logging")
            raise
    work()
  `,
  "raise e adds the frame again": py`
    def g():
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise e
    g()
  `,
  "an exception from a generator": py`
    def numbers():
        yield 1
        yield int("two")
    for n in numbers():
        print(n)
  `,
  "a class body and a comprehension": py`
    class Settings:
        names = ["a", "b"]
        upper = {n: n.upper() for n in names}
        bad = [n.lower() for n in [1]]
  `,
  "recursion is collapsed": py`
    def down(n):
        return down(n + 1)
    down(0)
  `,
  "mutual recursion is not collapsed": py`
    def a(n):
        if n == 0:
            raise ValueError("bottom")
        return b(n)
    def b(n):
        return a(n - 1)
    a(4)
  `,
  "finally runs before the traceback": py`
    try:
        print("body")
        {}["k"]
    finally:
        print("cleanup")
  `,
  "exception with no message and a KeyError with a tuple": py`
    def check(d):
        try:
            return d[("a", 1)]
        except KeyError:
            raise AssertionError
    check({})
  `,
  "a NameError inside a function, with its hint": py`
    def total(values):
        result = 0
        for v in values:
            result += v
        return reslt
    total([1, 2])
  `,
};

describeAgainstCPython("tracebacks match CPython's, ^ and ~ markers included", CASES, (engine, cpython) => {
  expect(engine.stdout).toBe(cpython.stdout);
  expect(cpython.traceback).not.toBeNull();
  expect(engine.traceback).toBe(cpython.traceback);
});

describe("reports the engine words itself", () => {
  it("a runaway loop shows the frames it was stopped in", () => {
    const r = runProgram(
      py`
        def spin(limit):
            n = 0
            while n < limit:
                n += 1
            return n
        print("start")
        spin(10**12)
      `,
      { stepLimit: 10_000 },
    );
    expect(r.error?.traceback).toBe(
      [
        "Traceback (most recent call last):",
        '  File "main.py", line 7, in <module>',
        "    spin(10**12)",
        '  File "main.py", line 4, in spin',
        "    n += 1",
        "RuntimeError: the step budget ran out: is there an infinite loop?",
        "",
      ].join("\n"),
    );
  });

  it("a syntax error shows the line and a caret", () => {
    const r = runProgram("x = 1\nreturn x\n");
    expect(r.error?.type).toBe("SyntaxError");
    expect(r.error?.traceback).toBe(
      "  File \"main.py\", line 2\n    return x\n    ^\nSyntaxError: 'return' outside function\n",
    );
  });
});

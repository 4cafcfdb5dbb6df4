import { describe, expect, it } from "vitest";
import { traceLines } from "./run-helpers";

describe("snippet discovery", () => {
  it("gathers a decorated helper whose wrapped function takes self, as inspect.signature sees it", () => {
    const source = [
      "from tornado import gen",
      "import functools",
      "",
      "def logged(f):",
      "    @functools.wraps(f)",
      "    def wrapper(*args, **kwargs):",
      "        return f(*args, **kwargs)",
      "    return wrapper",
      "",
      "@gen.coroutine",
      "def test(self, msg):",
      "    print('test', msg)",
      "",
      "@logged",
      "def greet(self):",
      "    print('greet')",
      "",
      "def post(self):",
      "    self.test('x')",
      "    self.greet()",
      "",
    ].join("\n");
    const lines = traceLines(source);
    expect(lines).toContain("T0 print test x");
    expect(lines).toContain("T0 print greet");
    expect(lines.some((l) => /client #1 recv 200/.test(l))).toBe(true);
  });

  it("leaves out a decorated module function whose wrapped function does not take self", () => {
    const source = [
      "import functools",
      "",
      "def logged(f):",
      "    @functools.wraps(f)",
      "    def wrapper(*args, **kwargs):",
      "        return f(*args, **kwargs)",
      "    return wrapper",
      "",
      "@logged",
      "def helper(x):",
      "    return x",
      "",
      "def get(self):",
      "    self.helper(1)",
      "",
    ].join("\n");
    const lines = traceLines(source);
    expect(lines.some((l) => l.includes("AttributeError: 'TestHandler' object has no attribute 'helper'"))).toBe(true);
  });
});

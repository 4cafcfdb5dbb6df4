/**
 * Programs run with no standard input: input() behaves as CPython's does when stdin is
 * at end of file (`python3 main.py < /dev/null`): the prompt is written to stdout (or
 * to a replaced sys.stdout), then EOFError is raised.
 */
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";

describe("input() without stdin", () => {
  it("writes the prompt, then raises EOFError", () => {
    const r = runProgram('try:\n    input("name? ")\nexcept EOFError as e:\n    print("|", e)\ninput()\n');
    expect(r.stdout).toBe("name? | EOF when reading a line\n");
    expect(r.error?.type).toBe("EOFError");
  });

  it("writes the prompt through a replaced sys.stdout", () => {
    const r = runProgram(
      [
        "import io, sys, contextlib",
        "buf = io.StringIO()",
        "with contextlib.redirect_stdout(buf):",
        "    try:",
        "        input(42)",
        "    except EOFError:",
        "        pass",
        "print(repr(buf.getvalue()))",
      ].join("\n"),
    );
    expect(r.stdout).toBe("'42'\n");
  });
});

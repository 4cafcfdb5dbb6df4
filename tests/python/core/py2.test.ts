/**
 * The Python 2 statement forms old Tornado posts use keep their Python 2 meaning:
 * `print x, y`, `print "a"`, bare `print`, the trailing comma's soft space,
 * `print >>f, x`, and `except E, e:`. Expected outputs are Python 2.7's (written by
 * hand: no Python 2 on the test machine); everything else follows Python 3.
 */
import { describe, expect, it } from "vitest";
import { runProgram } from "../../../src/python";
import { py } from "./harness";

function run(source: string): string {
  const r = runProgram(source);
  if (r.error) throw new Error(r.error.traceback);
  return r.stdout;
}

describe("Python 2 print statements", () => {
  it("print x, y separates with a space; print alone ends the line", () => {
    expect(run('x, y = 1, "two"\nprint x, y\nprint "a"\nprint\nprint "b"\n')).toBe("1 two\na\n\nb\n");
  });

  it("a trailing comma leaves a soft space that the next item uses", () => {
    const source = py`
      for i in range(3):
          print i,
      print
      print "no newline",
      print "continued"
      print "a", "b",
      print "c"
    `;
    expect(run(source)).toBe("0 1 2\nno newline continued\na b c\n");
  });

  it("a str ending in whitespace other than a space leaves no soft space", () => {
    expect(run('print "tab\\t",\nprint "after"\nprint "nl\\n",\nprint "next"\nprint 5,\nprint "x"\n')).toBe(
      "tab\tafter\nnl\nnext\n5 x\n",
    );
  });

  it("a Python 3 print() call in between resets the soft space", () => {
    expect(run('print "a",\nprint("b")\nprint "c"\n')).toBe("a b\nc\n");
  });

  it("print >>file, x writes to the file object", () => {
    const source = py`
      import sys
      class Sink:
          def __init__(self):
              self.parts = []
          def write(self, text):
              self.parts.append(text)
      s = Sink()
      print >>s, "to sink", 5
      print >>sys.stdout, "to stdout"
      print s.parts
    `;
    expect(run(source)).toBe("to stdout\n['to sink 5\\n']\n");
  });

  it("print of expressions, formatting and function calls", () => {
    expect(run('def f(m):\n    print m\nf("in function")\nprint "%s-%d" % ("fmt", 3)\nprint 1 + 2, [1, 2]\n')).toBe(
      "in function\nfmt-3\n3 [1, 2]\n",
    );
  });
});

describe("Python 2 except clauses", () => {
  it("except E, e: binds the exception", () => {
    const source = py`
      try:
          {}["k"]
      except KeyError, e:
          print "caught", repr(e)
      try:
          1 / 0
      except (ZeroDivisionError, ValueError), err:
          print "tuple caught", err
    `;
    expect(run(source)).toBe("caught KeyError('k')\ntuple caught division by zero\n");
  });

  it("an uncaught exception after Python 2 prints still reports its line", () => {
    const r = runProgram('print "before"\nraise ValueError("bad")\n');
    expect(r.stdout).toBe("before\n");
    expect(r.error).toMatchObject({ type: "ValueError", message: "bad", line: 2 });
  });
});

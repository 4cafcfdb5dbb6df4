import { describe, expect, it } from "vitest";
import { createInterpreter, compileSource, execModule } from "../../../src/python";
import { expectSameAsCPython, py } from "./cpython";

/** Run a program with a `warn` hook and collect what reaches it. */
function runWithHook(source: string): { stdout: string; warnings: string[] } {
  let stdout = "";
  const warnings: string[] = [];
  const rt = createInterpreter({ stdout: (s) => (stdout += s) });
  rt.hooks.warn = (_rt, category, message, line) => warnings.push(`main.py:${line}: ${category}: ${message}`);
  const c = compileSource(source, "main.py");
  if (!c.ok) throw new Error("compile failed");
  execModule(rt, c.code, "__main__");
  return { stdout, warnings };
}

describe("warnings", () => {
  it("warn() reports category, message and line through the hook, with CPython's filters", () => {
    const r = runWithHook(py`
      import warnings
      def old():
          warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
      old()
      warnings.warn("plain")
      warnings.warn(UserWarning("instance"))
      for i in range(3):
          warnings.warn("in a loop")
      warnings.warn("pending", PendingDeprecationWarning)
      warnings.simplefilter("ignore", RuntimeWarning)
      warnings.warn("hidden", RuntimeWarning)
      warnings.filterwarnings("always", message="loud")
      warnings.warn("loud 1")
      warnings.warn("loud 1")
      print("done")
    `);
    expect(r.stdout).toBe("done\n");
    expect(r.warnings).toEqual([
      "main.py:4: DeprecationWarning: old() is deprecated",
      "main.py:5: UserWarning: plain",
      "main.py:6: UserWarning: instance",
      "main.py:8: UserWarning: in a loop",
      "main.py:13: UserWarning: loud 1",
      "main.py:14: UserWarning: loud 1",
    ]);
  });

  it("error filters raise, catch_warnings records and restores", () => {
    expectSameAsCPython(py`
      import warnings
      with warnings.catch_warnings(record=True) as w:
          warnings.simplefilter("always")
          warnings.warn("recorded", RuntimeWarning)
          warnings.warn("again", RuntimeWarning)
          print(len(w), w[0].category.__name__, str(w[0].message), w[1].lineno, isinstance(w[0].message, RuntimeWarning))
      with warnings.catch_warnings():
          warnings.simplefilter("error")
          try:
              warnings.warn("boom")
          except UserWarning as e:
              print("raised", repr(e))
          try:
              warnings.warn("bad", DeprecationWarning)
          except DeprecationWarning as e:
              print("raised", e)
      with warnings.catch_warnings(record=True) as w:
          warnings.simplefilter("ignore")
          warnings.warn("ignored")
          print(w)
      try:
          warnings.warn("x", int)
      except TypeError as e:
          print("TypeError:", e)
    `);
  });
});

import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { formatTime } from "../../src/ui/format";
import { runProblem } from "../../src/ui/runProblem";
import { toMarkers } from "../../src/ui/editor/markers";
import type { EditorDiagnostic } from "../../src/worker";

const trace = (text: string) => runScenario(parseScenario(text).scenario).events;
const SYNTAX: EditorDiagnostic = {
  source: "syntax",
  severity: "error",
  line: 3,
  col: 5,
  endLine: 3,
  endCol: 6,
  message: "SyntaxError: invalid syntax",
};

describe("the run's problem, in words", () => {
  it("is nothing for a good run", () => {
    expect(runProblem("ok", null, [], trace("print(1)\n"))).toBeNull();
    expect(runProblem(null, null, [], [])).toBeNull();
  });

  it("names the syntax error's line and says the chart is older", () => {
    expect(runProblem("syntax-error", null, [SYNTAX], [])).toBe(
      "SyntaxError: invalid syntax (line 3). The chart shows the last text that ran.",
    );
  });

  it("names the load error and its line", () => {
    const events = trace("from tornado import web\n\n@web.asynchronous\ndef f(self): pass\n");
    expect(runProblem("load-error", null, [], events)).toBe(
      "AttributeError: module 'tornado.web' has no attribute 'asynchronous' (line 3). The module did not load, so no request was sent.",
    );
  });

  it("names the runaway loop's line", () => {
    const text = runProblem("runaway", null, [], trace("x = 0\nwhile True:\n    x += 1\n"));
    expect(text).toMatch(/^Stopped: .*line [23]\b/);
  });

  it("passes the watchdog's message on", () => {
    expect(runProblem(null, "the run was stopped: no answer for 5 s; the worker was restarted", [], [])).toBe(
      "The run was stopped: no answer for 5 s; the worker was restarted. The chart shows the last run that finished.",
    );
  });
});

describe("virtual times", () => {
  it.each([
    [0, "0.0 ms"],
    [650, "0.7 ms"],
    [100_650, "100.7 ms"],
    [9_999_000, "9999.0 ms"],
    [12_500_000, "12.50 s"],
  ])("%s µs is %s", (t, text) => {
    expect(formatTime(t)).toBe(text);
  });
});

describe("markers", () => {
  it("keep the diagnostic's range and message, with Monaco's severities", () => {
    const severity = { Error: 8, Warning: 4, Info: 2, Hint: 1 } as never;
    expect(toMarkers([SYNTAX, { ...SYNTAX, severity: "warning", source: "directive" }], severity)).toEqual([
      {
        severity: 8,
        message: "SyntaxError: invalid syntax",
        source: "syntax",
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 6,
      },
      {
        severity: 4,
        message: "SyntaxError: invalid syntax",
        source: "directive",
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 6,
      },
    ]);
  });
});

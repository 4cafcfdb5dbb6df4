/**
 * The command-line runner's contract: formats, the release override, exit codes and
 * one-line messages for usage errors.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const S01 = join(ROOT, "tests/conformance/scenarios/s01_wrong_usage.py");
const S03 = join(ROOT, "tests/conformance/scenarios/s03_asynchronous_finish.py");

function run(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "cli/scenario.ts"), ...args],
    {
      encoding: "utf8",
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "scenario-"));
  const f = join(dir, "s.py");
  writeFileSync(f, text);
  return f;
}

describe("scenario CLI", () => {
  it("prints the conformance trace by default", () => {
    const r = run(S01);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^T0\s+client #1 send POST \/test$/m);
    expect(r.out).toMatch(/^T\d+\s+log\s+INFO:tornado\.access:200 POST \/test \(127\.0\.0\.1\) \d+\.\d\dms$/m);
  });

  it("--tornado overrides the file's release without moving line numbers", () => {
    expect(run(S03, "--tornado", "6.5").out).toBe(
      "T0     error  AttributeError: module 'tornado.web' has no attribute 'asynchronous' (line 7)\n",
    );
    expect(run(S03, "--tornado", "4.5").out).toMatch(/client #1 recv 200/);
  });

  it("--format console uses Tornado's log format on the virtual clock", () => {
    const r = run(S01, "--format", "console", "--tornado", "4.5");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\[I 261124 14:05:24 web:2063\] 200 POST \/test \(127\.0\.0\.1\) \d+\.\d\dms$/m);
  });

  it("--format json is the typed event stream", () => {
    const events = JSON.parse(run(S01, "--format", "json").out) as { kind: string }[];
    const kinds = events.map((e) => e.kind);
    expect(kinds[0]).toBe("module-load-start");
    expect(kinds).toContain("response-sent");
    expect(kinds).toContain("fetch-done");
    expect(kinds[kinds.length - 1]).toBe("end");
  });

  it("--format stdout is exactly what the program printed", () => {
    const f = tempFile('print("a", 1, sep="-", end="")\nprint()\nprint("b\\tc")\n');
    expect(run(f, "--format", "stdout").out).toBe("a-1\nb\tc\n");
  });

  it("--format stdout keeps stdout to what the program printed there; stderr gets the rest; the console shows both", () => {
    const f = tempFile(
      'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.stderr.write("e2\\n")\nsys.stdout.write("o2\\n")\n',
    );
    expect(run(f, "--format", "stdout").out).toBe("out\no2\n");
    expect(run(f, "--format", "stdout").err).toBe("err\ne2\n");
    expect(run(f).out).toBe("T0     print  out\nT0     print  o2\n");
    expect(run(f, "--format", "console").out).toBe("out\nerr\ne2\no2\n");
  });

  it("a plain program's end runs the __del__ of what is still alive, as CPython's shutdown does", () => {
    const del = 'class R:\n    def __init__(self, n): self.n = n\n    def __del__(self): print("del", self.n)\n';
    expect(run(tempFile(`${del}a = R(1)\nb = R(2)\nprint("end")\n`), "--format", "stdout").out).toBe(
      "end\ndel 1\ndel 2\n",
    );
    // Also after an uncaught exception (the traceback goes to stderr first).
    expect(run(tempFile(`${del}a = R(1)\nprint("x")\n1/0\n`), "--format", "stdout").out).toBe("x\ndel 1\n");
  });

  it("--format stdout: a program that fails gets python3's traceback on stderr and still exits 0", () => {
    const f = tempFile('print("before")\ndef f():\n    return {}["k"]\nf()\n');
    const r = run(f, "--format", "stdout");
    expect(r.code).toBe(0);
    expect(r.out).toBe("before\n");
    expect(r.err).toBe(
      `Traceback (most recent call last):\n  File "${f}", line 4, in <module>\n    f()\n` +
        `  File "${f}", line 3, in f\n    return {}["k"]\n           ~~^^^^^\nKeyError: 'k'\n`,
    );
    const syntax = tempFile("x = (\n");
    expect(run(syntax, "--format", "stdout").err).toBe(
      `  File "${syntax}", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`,
    );
  });

  it("logging: --format stdout starts it as python3 does, the trace as the reference harness sets it up", () => {
    const f = tempFile(
      'import logging, sys\nlogging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")\n' +
        'logging.info("below WARNING")\nlogging.warning("shown")\nprint("done")\n',
    );
    expect(run(f, "--format", "stdout").out).toBe("WARNING shown\ndone\n");
    // Under the harness the root logger already has its handler (basicConfig does nothing)
    // and lets INFO through: both records are trace events.
    expect(run(f).out).toBe(
      "T0     log    INFO:root:below WARNING\nT0     log    WARNING:root:shown\nT0     print  done\n",
    );
  });

  it("the program's own file name: absolute for --format stdout (as python3 FILE), the base name in traces (as the harness)", () => {
    const f = tempFile("print(__file__)\nraise ValueError('x')\n");
    expect(run(f, "--format", "stdout").out).toBe(`${f}\n`);
    expect(run(f).out).toContain("print  s.py");
    expect(run(f, "--format", "console").out).toContain(`File "s.py", line 2`);
  });

  it("exits 0 when the code raises", () => {
    const f = tempFile("x = 1\nraise ValueError('bad')\n");
    const r = run(f);
    expect(r.code).toBe(0);
    expect(r.out).toBe("T0     error  ValueError: bad (line 2)\n");
  });

  it.each([
    [["--bogus", S01], /unknown option '--bogus'/],
    [[S01, "--tornado", "7.0"], /unknown Tornado release '7.0'/],
    [[S01, "--format", "xml"], /unknown format 'xml'/],
    [["/no/such/file.py"], /no such file/],
    [[], /no scenario file/],
  ])("usage error %j exits 2 with one line", (args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it("a malformed directive is a usage error naming its line", () => {
    const f = tempFile("print(1)\n# remote: see below\n");
    const r = run(f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2/);
  });
});

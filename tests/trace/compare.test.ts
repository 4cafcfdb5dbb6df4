/**
 * compareTraces must give the verdict tools/trace-compare/trace-compare.py gives.
 * Each crafted pair is run through both; the problem lines, the last line and the
 * outcome must agree exactly.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareTraces, parseTrace, type CompareOptions } from "../../src/trace";

const TOOL = new URL("../../tools/trace-compare/trace-compare.py", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "trace-compare-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runPython(expected: string, actual: string, opts: CompareOptions): { ok: boolean; lines: string[] } {
  const e = join(dir, "expected.txt");
  const a = join(dir, "actual.txt");
  writeFileSync(e, expected, "utf8");
  writeFileSync(a, actual, "utf8");
  const args = [TOOL, e, a];
  if (opts.orderOnly) args.push("--order-only");
  if (opts.absMs !== undefined) args.push("--abs", String(opts.absMs));
  if (opts.rel !== undefined) args.push("--rel", String(opts.rel));
  if (opts.windowMs !== undefined) args.push("--window", String(opts.windowMs));
  let out: string;
  let ok = true;
  try {
    out = execFileSync("python3", args, { encoding: "utf8", env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
  } catch (err) {
    const e = err as { status: number; stdout: string };
    expect(e.status).toBe(1);
    ok = false;
    out = e.stdout;
  }
  return { ok, lines: out.replace(/\n$/, "").split("\n") };
}

const BASE = [
  "T0     client #1 send POST /test",
  "T1     print  test",
  "T5     print  done",
  "T5     log    INFO:tornado.access:200 POST /test (127.0.0.1) <ms>",
  "T5     client #1 recv 200 ",
  "T107   print  200",
  "T107   print  done",
].join("\n");

interface Case {
  name: string;
  expected: string;
  actual: string;
  opts?: CompareOptions;
  ok: boolean;
}

const CASES: Case[] = [
  { name: "identical traces", expected: BASE, actual: BASE, ok: true },
  { name: "a missing event", expected: BASE, actual: BASE.replace("T1     print  test\n", ""), ok: false },
  { name: "an extra event", expected: BASE, actual: BASE + "\nT300   print  surprise", ok: false },
  {
    name: "order broken for events far apart",
    expected: "T0 print a\nT50 print b\nT100 print c",
    actual: "T0 print a\nT100 print c\nT50 print b",
    ok: false,
  },
  {
    name: "either order within the window",
    expected: "T0 print a\nT10 print b\nT20 print c",
    actual: "T0 print b\nT12 print a\nT20 print c",
    ok: true,
  },
  { name: "late beyond 30 ms", expected: "T100 print x", actual: "T131 print x", ok: false },
  {
    name: "late within 15 %",
    expected: "T1000 print x\nT2000 print y",
    actual: "T1150 print x\nT1700 print y",
    ok: true,
  },
  { name: "late beyond 15 %", expected: "T1000 print x", actual: "T1151 print x", ok: false },
  {
    name: "addresses, durations, object addresses and spaces are normalized",
    expected:
      "T5 log INFO:tornado.access:200 POST /test (127.0.0.1) <ms>\nT9 log ERROR:x:got <coroutine object H.get at 0x7f6c433a2f80>\nT9 print a   b",
    actual:
      "T5     log    INFO:tornado.access:200 POST /test (::1) 2.23ms\nT9 log ERROR:x:got <coroutine object H.get at 0xdeadbeef>\nT9 print  a b  ",
    ok: true,
  },
  {
    name: "where Tornado is installed is normalized: ImportError locations, Tornado's own files",
    expected:
      "T0 error ImportError: cannot import name 'locks' from 'tornado' (/tmp/tornado/3.2.2/tornado/__init__.py) (line 6)\nT1 log ERROR:asyncio:Exception in callback f() at /tmp/tornado/5.1.1/tornado/gen.py:968 | CancelledError: ",
    actual:
      "T0 error ImportError: cannot import name 'locks' from 'tornado' (unknown location) (line 6)\nT1 log ERROR:asyncio:Exception in callback f() at /usr/lib/python3/dist-packages/tornado/gen.py:968 | CancelledError: ",
    ok: true,
  },
  {
    name: "an ImportError's name and module still count",
    expected: "T0 error ImportError: cannot import name 'locks' from 'tornado' (/x/tornado/__init__.py) (line 6)",
    actual: "T0 error ImportError: cannot import name 'queues' from 'tornado' (unknown location) (line 6)",
    ok: false,
  },
  {
    name: "durations stay text when a word goes on after ms",
    expected: "T1 print took 5msecs",
    actual: "T1 print took 6msecs",
    ok: false,
  },
  {
    name: "repeated events pair up in order",
    expected: "T0 print x\nT100 print x\nT200 print x",
    actual: "T0 print x\nT100 print x\nT140 print x",
    ok: false,
  },
  {
    name: "lines of another form are ignored",
    expected: "T0 print a\n\n# comment\nTraceback (most recent call last):\nT1 onlysource\nT2 print b",
    actual: "T0 print a\nT2 print b\nnot an event",
    ok: true,
  },
  {
    name: "--order-only ignores times",
    expected: "T0 print a\nT100 print b",
    actual: "T0 print a\nT900 print b",
    opts: { orderOnly: true },
    ok: true,
  },
  {
    name: "tolerances and window from options",
    expected: "T0 print a\nT10 print b\nT100 print c",
    actual: "T0 print b\nT5 print a\nT104 print c",
    opts: { absMs: 3, rel: 0, windowMs: 5 },
    ok: false,
  },
  {
    name: "CRLF and CR line ends",
    expected: "T0 print a\r\nT50 print b\r\n",
    actual: "T0 print a\rT51 print b\r",
    ok: true,
  },
  {
    name: "Python whitespace and Unicode word characters",
    expected: "T0\u00a0print\u0085a\u2003b\nT1 print 5msé\nT2 print 7ms.",
    actual: "T0 print a b\nT1 print 6msé\nT2 print 8ms.",
    ok: false,
  },
  {
    name: "times in other decimal digits",
    expected: "T\u0661\u0662 print x\nT\u{1D7D9}\u{1D7DA}\u{1D7D8} print y",
    actual: "T12 print x\nT120 print y",
    ok: true,
  },
  { name: "an empty expected trace", expected: "", actual: "T0 print a", ok: false },
  { name: "both empty", expected: "", actual: "", ok: true },
];

describe("compareTraces agrees with trace-compare.py", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const ours = compareTraces(c.expected, c.actual, c.opts);
      const theirs = runPython(c.expected, c.actual, c.opts ?? {});
      expect(ours.ok).toBe(c.ok);
      expect(theirs.ok).toBe(c.ok);
      expect([...ours.problems, ours.verdict]).toEqual(theirs.lines);
    });
  }
});

describe("parseTrace", () => {
  it("normalizes as the tool does", () => {
    expect(parseTrace("T12   log    x (10.0.0.1) 3.5ms at 0xabc done\n")).toEqual([
      { ms: 12, source: "log", text: "x (<ip>) <ms> done" },
    ]);
  });

  it("reads Unicode digits in times as int() does", () => {
    expect(parseTrace("T\u0661\u0662 print x")).toEqual([{ ms: 12, source: "print", text: "x" }]);
  });
});

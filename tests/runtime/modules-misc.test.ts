/** time on the virtual clock, tornado.escape per release, tornado.options, warnings' stacklevel. */
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { stdoutOf, traceLines } from "./run-helpers";

describe("time", () => {
  it("reads the virtual clock: the epoch 2026-11-24 14:05:24 UTC plus virtual time", () => {
    const src = `
import time
t0 = time.time()
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I", time.gmtime()))
time.sleep(3600.5)
print(time.strftime("%c", time.localtime()), round(time.time() - t0, 1))
print(time.gmtime(86400 * 365))
print(time.asctime(time.gmtime(0)), time.mktime(time.gmtime(1000)))
`;
    expect(stdoutOf(src)).toBe(
      "2026-11-24 14:05:24 Tue Nov 328 PM 02\n" +
        "Tue Nov 24 15:05:24 2026 3600.5\n" +
        "time.struct_time(tm_year=1971, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=1, tm_isdst=0)\n" +
        "Thu Jan  1 00:00:00 1970 1000.0\n",
    );
  });

  it("sleep blocks the loop: a timer due meanwhile fires late", () => {
    const src = `
import time
from tornado import gen
from tornado.ioloop import IOLoop

async def main():
    t0 = IOLoop.current().time()
    IOLoop.current().call_later(0.1, lambda: print("timer at", round(IOLoop.current().time() - t0, 2)))
    time.sleep(0.4)
    await gen.sleep(0.2)

IOLoop.current().run_sync(main)
`;
    expect(stdoutOf(src)).toBe("timer at 0.4\n");
  });
});

describe("tornado.escape", () => {
  const src = `from tornado import escape\nprint(escape.xhtml_escape("<'&\\">"), escape.xhtml_unescape("&lt;&#39;&#x27;&amp;&quot;&gt;"))\n`;
  it("escapes a single quote as &#39; up to 6.3 and as html.escape does (&#x27;) from 6.4", () => {
    expect(stdoutOf(src, "5.1")).toBe("&lt;&#39;&amp;&quot;&gt; <''&\">\n");
    expect(stdoutOf(src, "6.5")).toBe("&lt;&#x27;&amp;&quot;&gt; <''&\">\n");
  });

  it("converts between bytes and str, and refuses other types", () => {
    const conv = `
from tornado import escape
print(escape.utf8("é"), escape.utf8(None), escape.to_unicode(b"\\xc3\\xa9"), escape.recursive_unicode({b"k": [b"v"]}))
try:
    escape.utf8(1)
except TypeError as e:
    print(e)
`;
    expect(stdoutOf(conv)).toBe(
      "b'\\xc3\\xa9' None é {'k': ['v']}\nExpected bytes, unicode, or None; got <class 'int'>\n",
    );
  });
});

describe("tornado.options", () => {
  it("gives defined defaults as attributes and refuses a second define", () => {
    const src = `
from tornado.options import define, options, parse_command_line, Error
define("port", default=8888, type=int)
define("tags", multiple=True)
print(parse_command_line(), options.port, options["port"], options.tags)
options.port = 9000
print(options.port, sorted(options.as_dict()))
try:
    define("port", default=1)
except Error as e:
    print(e)
`;
    expect(stdoutOf(src)).toBe(
      "[] 8888 8888 []\n9000 ['port', 'tags']\nOption 'port' already defined in scenario.py\n",
    );
  });
});

describe("warnings", () => {
  it("names the caller's line with stacklevel=2", () => {
    const src = `# tornado: 6.5
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

old_api()
`;
    expect(traceLines(src)).toEqual(["T0 log WARNING:py.warnings:DeprecationWarning: old_api is deprecated"]);
    const warning = runScenario(parseScenario(src).scenario).events.find((e) => e.kind === "warning");
    expect(warning && warning.kind === "warning" && [warning.line, warning.sourceLine]).toEqual([7, "old_api()"]);
  });
});

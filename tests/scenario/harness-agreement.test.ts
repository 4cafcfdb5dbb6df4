/**
 * The directive reader and the discovery helpers must read a scenario exactly as the
 * real-Tornado harness does, or conformance runs would compare different scenarios.
 * These tests run the harness's own Python code (cut out of
 * tools/real-tornado/run-real-tornado) on the same inputs.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultRequestPath, mountPathForClassName, parseScenario, remoteFor } from "../../src/scenario";

const HARNESS = new URL("../../tools/real-tornado/run-real-tornado", import.meta.url).pathname;
const SCENARIOS = new URL("../conformance/scenarios/", import.meta.url).pathname;

function python(program: string, input: unknown): unknown {
  const out = execFileSync("python3", ["-c", program], { input: JSON.stringify(input), encoding: "utf8" });
  return JSON.parse(out);
}

// Executes the harness's directive loop (from `requests, remotes, client_timeout`
// up to `T0 = [None]`) on each text and reports what it read.
const READ_DIRECTIVES = `
import json, re, sys
harness = open(${JSON.stringify(HARNESS)}).read()
block = harness[harness.index("requests, remotes, client_timeout = [], {}, 3000"):harness.index("T0 = [None]")]
out = []
for src in json.load(sys.stdin):
    ns = {"re": re, "src": src}
    exec(block, ns)
    out.append({"requests": ns["requests"], "remotes": ns["remotes"], "timeout": ns["client_timeout"]})
print(json.dumps(out))
`;

// The harness's mount_path, and its default-request path expression.
const DISCOVERY = `
import json, re, sys
harness = open(${JSON.stringify(HARNESS)}).read()
start = harness.index("def mount_path(cls_name):")
ns = {"re": re}
exec(harness[start:harness.index("if apps:", start)], ns)
expr = re.search(r"path = (re\\.sub.*)", harness)[1]
names, patterns = json.load(sys.stdin)
print(json.dumps([[ns["mount_path"](n) for n in names], [eval(expr, {"re": re, "pattern": p}) for p in patterns]]))
`;

describe("directives agree with the harness", () => {
  const texts: string[] = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => readFileSync(SCENARIOS + f, "utf8"));
  texts.push(
    [
      "# request: GET /a at 10 body x  y",
      "#request: POST /b?q=1 at 0",
      "# remote: a.example 30 status 404 body gone",
      "# remote: a.example 70",
      "# remote: b.example:81 5 status 201",
      "# client-timeout: 250",
      "x = 1",
    ].join("\n"),
  );
  type HarnessRead = {
    requests: [string, string, number, string | null][];
    remotes: Record<string, [number, number, string]>;
    timeout: number;
  };
  const harness = python(READ_DIRECTIVES, texts) as HarnessRead[];

  texts.forEach((text, i) => {
    it(`text ${i + 1}: ${text.split("\n")[0]}`, () => {
      const { scenario, errors } = parseScenario(text);
      expect(errors).toEqual([]);
      const h = harness[i];
      expect(scenario.requests.map((r) => [r.method, r.path, r.atMs, r.body])).toEqual(h.requests);
      expect(scenario.clientTimeoutMs).toBe(h.timeout);
      for (const [host, [delay, status, body]] of Object.entries(h.remotes)) {
        const r = remoteFor(scenario, host);
        expect([r.delayMs, r.status, r.body]).toEqual([delay, status, body]);
      }
      expect(new Set(scenario.remotes.map((r) => r.host))).toEqual(new Set(Object.keys(h.remotes)));
    });
  });
});

describe("discovery helpers agree with the harness", () => {
  const names = [
    "TestHandler",
    "UserProfileHandler",
    "MainHandler",
    "IndexHandler",
    "RootHandler",
    "HomeHandler",
    "Handler",
    "Main",
    "HTTPHandler",
    "APIv2Handler",
    "FetchHandlerHandler",
    "Handlers",
    "fooHandler",
    "snake_caseHandler",
    "A",
    "HomePageHandler",
    "ÉtéHandler",
  ];
  const patterns = [
    "/test",
    "^/item/(\\d+)$",
    "/(\\w+)/(\\d+)",
    "^^/x$$",
    "/a/(?P<id>[0-9]+)/b",
    "/nested/((a|b))",
    ".*",
    "/",
    "",
  ];
  const [mounts, paths] = python(DISCOVERY, [names, patterns]) as [string[], string[]];

  it.each(names.map((n, i) => [n, mounts[i]]))("mountPathForClassName(%s) = %s", (name, path) => {
    expect(mountPathForClassName(name)).toBe(path);
  });

  it.each(patterns.map((p, i) => [p, paths[i]]))("defaultRequestPath(%s) = %s", (pattern, path) => {
    expect(defaultRequestPath(pattern)).toBe(path);
  });

  it("gives the documented examples", () => {
    expect(mountPathForClassName("TestHandler")).toBe("/test");
    expect(mountPathForClassName("UserProfileHandler")).toBe("/user_profile");
    expect(mountPathForClassName("MainHandler")).toBe("/");
    expect(defaultRequestPath("^/item/(\\d+)$")).toBe("/item/1");
  });
});

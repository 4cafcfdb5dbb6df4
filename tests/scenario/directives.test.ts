import { describe, expect, it } from "vitest";
import { parseScenario, remoteFor, hostOfUrl, type Scenario } from "../../src/scenario";
import { readGolden } from "./golden";

function describeScenario(s: Scenario, errors: { message: string }[]): string {
  const body = (b: string | null) => (b === null ? "body=null" : `body=${JSON.stringify(b)}`);
  return [
    ...s.requests.map((r) => `request ${r.method} ${r.path} at ${r.atMs} ${body(r.body)} (line ${r.line})`),
    ...s.remotes.map((r) => `remote ${r.host} ${r.delayMs} status ${r.status} ${body(r.body)} (line ${r.line})`),
    `client-timeout ${s.clientTimeoutMs}`,
    `tornado ${s.tornado}`,
    `cpu-speed ${s.cpuSpeed}`,
    ...errors.map((e) => `error ${e.message}`),
  ].join("\n");
}

describe("parseScenario golden cases", () => {
  for (const c of readGolden(new URL("./fixtures/directives.txt", import.meta.url).pathname)) {
    it(c.name, () => {
      const { scenario, errors } = parseScenario(c.input);
      expect(describeScenario(scenario, errors)).toBe(c.expected);
      expect(scenario.source).toBe(c.input);
      for (const e of errors) expect(e.message.startsWith(`line ${e.line}: # `)).toBe(true);
    });
  }
});

describe("parseScenario", () => {
  it("counts lines the way Python does: \\r\\n, \\r and \\n each end one", () => {
    const { errors } = parseScenario("a = 1\r\n# remote: x\rb = 2\n# request: nope\n");
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it("does not take a CR of a CRLF file into a body", () => {
    const { scenario } = parseScenario("# request: POST /a at 0 body hi\r\nx = 1\r\n");
    expect(scenario.requests[0].body).toBe("hi");
  });

  it("keeps requests in text order, not time order", () => {
    const { scenario } = parseScenario("# request: GET /b at 50\n# request: GET /a at 10\n");
    expect(scenario.requests.map((r) => r.path)).toEqual(["/b", "/a"]);
  });
});

describe("remoteFor", () => {
  const { scenario } = parseScenario(
    "# remote: a.example 30 status 404 body gone\n# remote: b.example 10\n# remote: a.example 70\n",
  );

  it("takes the last line naming the host", () => {
    expect(remoteFor(scenario, "a.example")).toEqual({
      host: "a.example",
      delayMs: 70,
      status: 200,
      body: "<html>a.example</html>",
      line: 3,
    });
  });

  it("gives the default to any other host", () => {
    expect(remoteFor(scenario, "www.naver.com")).toEqual({
      host: "www.naver.com",
      delayMs: 100,
      status: 200,
      body: "<html>www.naver.com</html>",
      line: 0,
    });
  });

  it("matches hosts exactly, as the harness does", () => {
    expect(remoteFor(scenario, "A.example").delayMs).toBe(100);
    expect(remoteFor(scenario, "b.example").delayMs).toBe(10);
  });
});

describe("hostOfUrl", () => {
  it.each([
    ["http://www.naver.com", "www.naver.com"],
    ["https://www.naver.com/search?q=1", "www.naver.com"],
    ["http://slow.example/3", "slow.example"],
    ["http://api.example:8080/x", "api.example:8080"],
    ["ftp://x.example/", null],
    ["www.naver.com", null],
  ])("%s -> %s", (url, host) => {
    expect(hostOfUrl(url)).toBe(host);
  });
});

/**
 * The golden traces that real Tornado produced, checked against themselves and
 * against perturbed copies: the comparer accepts what it must and refuses what
 * it must, on the project's real data.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareTraces, parseTrace } from "../../src/trace";

const GOLDEN = new URL("../conformance/golden/", import.meta.url).pathname;
const files = readdirSync(GOLDEN)
  .sort()
  .flatMap((release) =>
    readdirSync(GOLDEN + release)
      .sort()
      .map((f) => ({ name: `${release}/${f}`, text: readFileSync(`${GOLDEN}${release}/${f}`, "utf8") })),
  );

const lines = (text: string) => text.split("\n").filter((l) => l !== "");
const join = (ls: string[]) => ls.join("\n") + "\n";

/** The line with its time moved by `delta` ms, format kept. */
function shift(line: string, delta: number): string {
  return line.replace(/^T(\d+)/, (_, t: string) => `T${Number(t) + delta}`);
}

describe("golden traces", () => {
  it("are all there: 14 scenarios under each of 4 releases", () => {
    expect(readdirSync(GOLDEN).sort()).toEqual(["3.2.2", "4.5.3", "5.1.1", "6.5.7"]);
    expect(files).toHaveLength(56);
  });

  for (const { name, text } of files) {
    describe(name, () => {
      const ls = lines(text);

      it("matches itself", () => {
        const r = compareTraces(text, text);
        expect(r.problems).toEqual([]);
        expect(r.ok).toBe(true);
        expect(r.matched).toBe(parseTrace(text).length);
      });

      it("fails without its last event", () => {
        const r = compareTraces(text, join(ls.slice(0, -1)));
        expect(r.ok).toBe(false);
        expect(r.problems[0]).toMatch(/^missing: /);
      });

      it("fails with an event its code never produced", () => {
        const r = compareTraces(text, join([...ls, "T1     print  not in the golden trace"]));
        expect(r.ok).toBe(false);
        expect(r.problems).toEqual(["extra:   T1 print not in the golden trace"]);
      });

      it("fails when its last event comes 200 ms late", () => {
        const r = compareTraces(text, join([...ls.slice(0, -1), shift(ls[ls.length - 1], 200)]));
        expect(r.ok).toBe(false);
        expect(r.problems.some((p) => p.startsWith("time:    "))).toBe(true);
      });
    });
  }

  it("fails when two events far apart swap places", () => {
    const text = readFileSync(GOLDEN + "6.5.7/s01_wrong_usage.txt", "utf8");
    const ls = lines(text);
    // `print test` (T1) and `print 200` (T112) swapped, times kept.
    const i = ls.findIndex((l) => l.endsWith("print  test"));
    const j = ls.findIndex((l) => l.endsWith("print  200"));
    const swapped = [...ls];
    swapped[i] = ls[j].replace(/^T\d+/, "T1");
    swapped[j] = ls[i].replace(/^T\d+/, "T112");
    const r = compareTraces(text, join(swapped));
    expect(r.ok).toBe(false);
    expect(r.problems).toContain("order:   'print test' should come before 'print 200'");
  });

  it("tells the releases apart where their behaviour differs", () => {
    // 6.5 refuses @asynchronous at load time; 4.5 runs it.
    const a = readFileSync(GOLDEN + "4.5.3/s03_asynchronous_finish.txt", "utf8");
    const b = readFileSync(GOLDEN + "6.5.7/s03_asynchronous_finish.txt", "utf8");
    expect(compareTraces(a, b).ok).toBe(false);
  });
});

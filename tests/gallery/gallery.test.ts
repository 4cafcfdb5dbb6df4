/**
 * Every gallery example runs on the engine and is compared (trace-compare's rules)
 * with what real Tornado did with the same text:
 *
 * - 6.5 examples: the trace Debian's python3-tornado (6.2) recorded, committed in
 *   tests/gallery/expected/ (tests/gallery/record-expected.sh), and, where
 *   `/usr/bin/python3` imports tornado, a fresh real run made now;
 * - every example whose text is a conformance scenario's (a `# tornado:` line aside):
 *   that scenario's golden trace for the example's release;
 * - anything else must say in known-differences.ts why no real trace exists.
 */
import { execFileSync, execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario, type Release } from "../../src/scenario";
import { GALLERY, galleryExample } from "../../src/scenario/gallery";
import { compareTraces, toConformance, type CompareOptions } from "../../src/trace";
import { KNOWN_DIFFERENCES, NO_REAL_TRACE, ORDER_ONLY } from "./known-differences";

const ROOT = join(__dirname, "..", "..");
const GALLERY_DIR = join(ROOT, "src", "scenario", "gallery");
const EXPECTED = join(__dirname, "expected");
const CONFORMANCE = join(ROOT, "tests", "conformance");
const HARNESS = join(ROOT, "tools", "real-tornado", "run-real-tornado");
const PYTHON = "/usr/bin/python3";
const GOLDEN_VERSION: Record<Release, string> = { "3.2": "3.2.2", "4.5": "4.5.3", "5.1": "5.1.1", "6.5": "6.5.7" };

const realTornado = (() => {
  try {
    execFileSync(PYTHON, ["-c", "import tornado"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The conformance scenario whose text the example's is, its `# tornado:` line aside. */
function conformanceTwin(source: string): string | null {
  const bare = source.replace(/^#[ \t]*tornado:.*\n/m, "");
  for (const f of readdirSync(join(CONFORMANCE, "scenarios"))) {
    if (readFileSync(join(CONFORMANCE, "scenarios", f), "utf8") === bare) return f.replace(/\.py$/, "");
  }
  return null;
}

/** Runs the real-Tornado harness on `source`; its conformance trace. */
function runReal(id: string, source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "gallery-"));
  const file = join(dir, `${id}.py`);
  writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [HARNESS, file], { timeout: 60_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

function engineTrace(source: string): string {
  const { scenario, errors } = parseScenario(source);
  expect(errors).toEqual([]);
  return toConformance(runScenario(scenario).events);
}

function expectMatch(expected: string, actual: string, opts: CompareOptions, what: string): void {
  const r = compareTraces(expected, actual, opts);
  expect(r.problems, `${what}\nexpected:\n${expected}\nengine:\n${actual}`).toEqual([]);
}

describe("gallery contents", () => {
  it("has one example per .py file, named after it", () => {
    const files = readdirSync(GALLERY_DIR)
      .filter((f) => f.endsWith(".py"))
      .map((f) => f.replace(/\.py$/, ""))
      .sort();
    expect(GALLERY.map((e) => e.id).sort()).toEqual(files);
    for (const e of GALLERY) expect(e.source).toBe(readFileSync(join(GALLERY_DIR, `${e.id}.py`), "utf8"));
    expect(galleryExample("blog-no-yield")?.title).toBe("post() calls a coroutine without yield");
    expect(galleryExample("no-such-example")).toBeUndefined();
  });

  it("starts with the blog post's examples", () => {
    const groups = GALLERY.map((e) => e.group);
    expect(groups.indexOf("beyond")).toBe(groups.lastIndexOf("blog") + 1);
    expect(GALLERY[0].id).toBe("blog-no-yield");
  });

  it.each(GALLERY.map((e) => [e.id, e] as const))("%s: explains itself in 2 to 4 sentences", (_id, e) => {
    // A sentence ends at . ! or ? followed by the end or by a space and a capital,
    // a path or a decorator ("... was never awaited" and "gen.sleep(0.3)" do not end one).
    const sentences = e.explanation.split(/(?<![.])[.!?](?:\s+(?=[A-Z/@])|$)/).filter((s) => s.trim() !== "");
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    expect(e.title.length).toBeGreaterThan(5);
  });

  it.each(GALLERY.map((e) => [e.id, e] as const))("%s: has a real trace to be checked against", (id, e) => {
    const { scenario, errors } = parseScenario(e.source);
    expect(errors).toEqual([]);
    const checked =
      scenario.tornado === "6.5" ? existsSync(join(EXPECTED, `${id}.txt`)) : conformanceTwin(e.source) !== null;
    expect(checked || id in NO_REAL_TRACE, "no recorded trace and no reason in NO_REAL_TRACE").toBe(true);
    expect(checked && id in NO_REAL_TRACE, "has a trace but is listed in NO_REAL_TRACE").toBe(false);
  });

  it("lists no example in known-differences.ts that does not exist", () => {
    const ids = new Set(GALLERY.map((e) => e.id));
    for (const id of [...Object.keys(KNOWN_DIFFERENCES), ...Object.keys(ORDER_ONLY), ...Object.keys(NO_REAL_TRACE)]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe("gallery traces against real Tornado", () => {
  for (const e of GALLERY) {
    const { scenario } = parseScenario(e.source);
    const opts: CompareOptions = { orderOnly: e.id in ORDER_ONLY };
    const twin = conformanceTwin(e.source);
    const reason = KNOWN_DIFFERENCES[e.id];
    const test = reason ? it.skip : it;
    const name = (what: string) => `${e.id}: ${what}${reason ? ` (known difference: ${reason})` : ""}`;

    if (scenario.tornado === "6.5") {
      test(name("matches the recorded real trace (tests/gallery/expected)"), () => {
        const expected = readFileSync(join(EXPECTED, `${e.id}.txt`), "utf8");
        expectMatch(expected, engineTrace(e.source), opts, `tests/gallery/expected/${e.id}.txt`);
      });
      if (realTornado) {
        test(
          name("matches a fresh run of real Tornado"),
          async () => {
            // A real run's times move with the machine's load (other tests run in
            // parallel): a mismatch counts only if three real runs in a row disagree.
            const actual = engineTrace(e.source);
            let real = "";
            for (let attempt = 0; attempt < 3; attempt++) {
              real = await runReal(e.id, e.source);
              if (compareTraces(real, actual, opts).ok) return;
            }
            expectMatch(real, actual, opts, "three fresh real runs");
          },
          180_000,
        );
      }
    }
    if (twin) {
      const version = GOLDEN_VERSION[scenario.tornado];
      test(name(`matches the golden trace of ${twin} under Tornado ${version}`), () => {
        const expected = readFileSync(join(CONFORMANCE, "golden", version, `${twin}.txt`), "utf8");
        expectMatch(expected, engineTrace(e.source), opts, `golden ${version}/${twin}`);
      });
    }
  }
});

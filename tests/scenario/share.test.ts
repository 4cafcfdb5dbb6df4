import { readdirSync, readFileSync } from "node:fs";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  decodeBase64url,
  decodeShareLink,
  encodeBase64url,
  encodeShareLink,
  type SharedScenario,
} from "../../src/scenario";

/** A small seeded generator (mulberry32) so every run tests the same cases. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Code point ranges a scenario may hold: ASCII with controls and NUL, Latin,
// combining marks, Hangul and CJK, the BMP's private use area, and astral planes
// (emoji, math letters, supplementary private use); never a surrogate.
const RANGES: [number, number][] = [
  [0x00, 0x7f],
  [0x80, 0x24f],
  [0x300, 0x36f],
  [0xac00, 0xd7a3],
  [0x4e00, 0x9fff],
  [0xe000, 0xf8ff],
  [0xfff0, 0xffff],
  [0x1f300, 0x1faff],
  [0x1d400, 0x1d7ff],
  [0x100000, 0x10fffd],
];

function randomText(next: () => number, maxLength: number): string {
  const n = Math.floor(next() * maxLength);
  let s = "";
  for (let i = 0; i < n; i++) {
    const [lo, hi] = RANGES[Math.floor(next() * RANGES.length)];
    s += String.fromCodePoint(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return s;
}

const SCENARIOS = new URL("../conformance/scenarios/", import.meta.url).pathname;
const blogExamples = [
  "s01_wrong_usage.py",
  "s02_coroutine_yield.py",
  "s03_asynchronous_finish.py",
  "s04_asynchronous_no_finish.py",
  "s05_both_decorators.py",
  "s06_blocking_sleep.py",
];
const view = { layout: "both", zoom: [0, 1200], lanes: ["requests", "loop", "fetches"], theme: "auto" };

describe("share links", () => {
  it("round-trips every conformance scenario with its view options", () => {
    for (const f of readdirSync(SCENARIOS)) {
      const s: SharedScenario = { code: readFileSync(SCENARIOS + f, "utf8"), view };
      const link = encodeShareLink(s);
      expect(link).toMatch(/^#1\.[A-Za-z0-9_-]+$/);
      expect(decodeShareLink(link)).toEqual({ ok: true, scenario: s });
    }
  });

  it.each(blogExamples)("keeps the blog example %s under 2,000 characters", (f) => {
    const link = encodeShareLink({ code: readFileSync(SCENARIOS + f, "utf8"), view });
    // A full URL adds the page's address (about 50 characters) in front.
    expect(link.length).toBeLessThan(1900);
  });

  it("compresses: the link is shorter than the code it carries", () => {
    const code = readFileSync(SCENARIOS + "s01_wrong_usage.py", "utf8");
    expect(encodeShareLink({ code, view: {} }).length).toBeLessThan(code.length);
  });

  it("round-trips random Unicode exactly, astral characters included", () => {
    const next = rng(20261124);
    for (let i = 0; i < 300; i++) {
      const s: SharedScenario = {
        code: randomText(next, i < 250 ? 80 : 3000),
        view: { [randomText(next, 8)]: randomText(next, 20), n: i, nested: [randomText(next, 5), null, true] },
      };
      const back = decodeShareLink(encodeShareLink(s));
      expect(back).toEqual({ ok: true, scenario: s });
    }
  });

  it("reads a whole URL, a fragment, or the fragment text alone", () => {
    const s = { code: 'print("hi")\n', view: {} };
    const link = encodeShareLink(s);
    expect(decodeShareLink(`https://example.org/play/?x=1${link}`)).toEqual({ ok: true, scenario: s });
    expect(decodeShareLink(link.slice(1))).toEqual({ ok: true, scenario: s });
  });

  it("reports a link cut at any character as an error, never a throw", () => {
    const code = readFileSync(SCENARIOS + "s02_coroutine_yield.py", "utf8") + "# ünïcödé ✓ 🌪\n";
    const link = encodeShareLink({ code, view });
    const kinds = new Set<string>();
    for (let i = 0; i < link.length; i++) {
      const r = decodeShareLink(link.slice(0, i));
      expect(r.ok, `cut at ${i}`).toBe(false);
      if (!r.ok) {
        kinds.add(r.error.kind);
        expect(r.error.message.length).toBeGreaterThan(20);
      }
    }
    expect([...kinds].sort()).toEqual(["base64", "deflate", "not-a-link"]);
  });

  it("never throws on damaged links", () => {
    const next = rng(7);
    const link = encodeShareLink({ code: "x = 1\n" + "print(x)\n".repeat(20), view });
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < 500; i++) {
      const at = 3 + Math.floor(next() * (link.length - 3));
      const damaged = link.slice(0, at) + alphabet[Math.floor(next() * 64)] + link.slice(at + 1);
      expect(() => decodeShareLink(damaged)).not.toThrow();
    }
  });

  it("says which version a link has when it is not version 1", () => {
    const r = decodeShareLink("#2.AAAA");
    expect(r).toMatchObject({ ok: false, error: { kind: "version" } });
    if (!r.ok) expect(r.error.message).toContain("version 2");
  });

  it("names a character outside base64url", () => {
    const r = decodeShareLink("#1.abc$def");
    expect(r).toMatchObject({ ok: false, error: { kind: "base64" } });
    if (!r.ok) expect(r.error.message).toContain('"$" at position 3');
  });

  it("reports data that inflates to something other than JSON", () => {
    const payload = encodeBase64url(deflateSync(new TextEncoder().encode('{"code": "x"')));
    expect(decodeShareLink(`#1.${payload}`)).toMatchObject({ ok: false, error: { kind: "json" } });
  });

  it("reports bytes that are not UTF-8", () => {
    const payload = encodeBase64url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])));
    expect(decodeShareLink(`#1.${payload}`)).toMatchObject({ ok: false, error: { kind: "utf8" } });
  });

  it("reports JSON that holds no scenario", () => {
    for (const json of ["[1, 2]", '{"code": 3, "view": {}}', '{"code": "x"}', "null"]) {
      const payload = encodeBase64url(deflateSync(new TextEncoder().encode(json)));
      expect(decodeShareLink(`#1.${payload}`)).toMatchObject({ ok: false, error: { kind: "shape" } });
    }
  });

  it("refuses a text that is not a link at all", () => {
    expect(decodeShareLink("https://example.org/")).toMatchObject({ ok: false, error: { kind: "not-a-link" } });
    expect(decodeShareLink("")).toMatchObject({ ok: false, error: { kind: "not-a-link" } });
  });
});

describe("base64url", () => {
  it("agrees with Node for every length up to 40 and random bytes", () => {
    const next = rng(3);
    for (let n = 0; n <= 40; n++) {
      const bytes = new Uint8Array(n).map(() => Math.floor(next() * 256));
      const text = encodeBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(decodeBase64url(text)).toEqual(bytes);
    }
  });

  it("accepts padding and refuses impossible lengths", () => {
    expect(decodeBase64url("aGk=")).toEqual(new TextEncoder().encode("hi"));
    expect(decodeBase64url("aGkhY")).toHaveProperty("error");
  });
});

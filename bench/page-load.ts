// Load time and JavaScript size of the playground page, in headless Chromium.
// Run: `npm run bench:page-load` (CHROMIUM_PATH overrides /usr/bin/chromium;
// LOADS sets how many cold loads are timed).
//
// Each load uses a fresh browser context (empty cache). Printed, as medians:
// - load: the page's load event;
// - first chart: the page idle for the first time (the scenario ran in the worker
//   and the chart drew it), which does not wait for Monaco;
// - editor ready: Monaco mounted with the scenario text.
// And the JavaScript fetched, raw and gzip (measured here with zlib; `vite preview`
// serves it uncompressed), split into what comes before Monaco starts to load (the
// page, the chart, the run worker) and Monaco's own chunks.
import { gzipSync } from "node:zlib";
import { openPage, quantile, serveBuiltSite } from "./edit-latency";

interface Script {
  readonly url: string;
  readonly bytes: number;
  readonly gzip: number;
}

const MONACO = /\/(monaco|MonacoEditor|editor\.worker|python)[-.][^/]*\.js$/;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const loads = Number(process.env.LOADS ?? 5);
const site = await serveBuiltSite();
const timings: { load: number; chart: number; editor: number }[] = [];
let scripts: Script[] = [];
try {
  for (let i = 0; i < loads; i++) {
    const page = await openPage(site);
    const seen: Promise<Script | null>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() !== "script" && !r.url().endsWith(".js")) return;
      seen.push(
        r
          .body()
          .then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length, gzip: gzipSync(b).length }))
          .catch(() => null),
      );
    });
    await page.goto(site.url, { waitUntil: "load" });
    const result = await page.evaluate(async () => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      await window.__playground!.idle();
      const chart = performance.now();
      await window.__playground!.whenReady;
      return { load: nav.loadEventStart, chart, editor: performance.now() };
    });
    // Wait for the editor's worker too, so its script is counted.
    await page.waitForLoadState("networkidle");
    timings.push(result);
    if (i === 0) scripts = (await Promise.all(seen)).filter((s): s is Script => s !== null);
    await page.context().close();
  }
} finally {
  await site.close();
}

const med = (k: "load" | "chart" | "editor") =>
  quantile(
    timings.map((t) => t[k]),
    0.5,
  ).toFixed(0);
console.log(
  `${loads} cold loads (median): load ${med("load")} ms, first chart ${med("chart")} ms, editor ready ${med("editor")} ms`,
);
const before = scripts.filter((s) => !MONACO.test(s.url));
const monaco = scripts.filter((s) => MONACO.test(s.url));
const sum = (xs: readonly Script[], k: "bytes" | "gzip") => xs.reduce((n, s) => n + s[k], 0);
for (const s of [...before, ...monaco])
  console.log(`  ${s.url.padEnd(44)} ${kib(s.bytes).padStart(12)} ${kib(s.gzip).padStart(11)} gzip`);
console.log(
  `JS before Monaco: ${kib(sum(before, "bytes"))} (${kib(sum(before, "gzip"))} gzip), ${before.length} files`,
);
console.log(
  `JS with Monaco:   ${kib(sum(scripts, "bytes"))} (${kib(sum(scripts, "gzip"))} gzip), ${scripts.length} files`,
);

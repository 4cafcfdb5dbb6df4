// The embed page's weight and speed, in headless Chromium.
// Run: `npx tsx bench/embed-size.ts` (CHROMIUM_PATH overrides /usr/bin/chromium).
//
// Builds the site into a temporary folder, serves it on localhost with `vite
// preview`, and opens `embed.html` with each of the blog post's examples, one cold
// load each (a fresh browser context: empty cache). Printed:
// - the JavaScript the embed page loads before anyone clicks Edit, the run worker
//   excluded: the scripts in the document's own resource timing (a worker's fetches
//   are in the worker's), sized from the built files, raw and gzip (zlib level 9;
//   `vite preview` serves them uncompressed); target 150 KiB gzip or less;
// - the time from navigation to the first chart drawn (the embed's `embed:first-chart`
//   mark), median and worst; target 1 s or less;
// - for information: the worker's scripts, and what Edit adds (Monaco).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { build, preview } from "vite";
import { encodeShareLink } from "../src/scenario";

const TARGET_GZIP_KIB = 150;
const TARGET_FIRST_CHART_MS = 1000;

const repo = fileURLToPath(new URL("..", import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), "tp-embed-bench-"));
await build({ root: repo, logLevel: "error", build: { outDir, emptyOutDir: true } });
const server = await preview({
  root: repo,
  logLevel: "error",
  build: { outDir },
  preview: { port: 0, strictPort: false, host: "127.0.0.1" },
});
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error("vite preview has no URL");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
  args: ["--no-sandbox"],
});

interface Sized {
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** The built file behind a URL of the site, sized. */
function sized(url: string): Sized {
  const path = new URL(url).pathname;
  const bytes = readFileSync(join(outDir, path));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The scripts the document itself fetched so far. */
async function documentScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((n) => new URL(n).pathname.endsWith(".js")),
  );
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const sum = (xs: readonly Sized[], k: "bytes" | "gzip") => xs.reduce((n, s) => n + s[k], 0);

// The blog post's examples, read as files (tsx cannot load the gallery's `?raw` imports).
const galleryDir = join(repo, "src", "scenario", "gallery");
const blog = readdirSync(galleryDir)
  .filter((f) => f.startsWith("blog-") && f.endsWith(".py"))
  .sort()
  .map((f) => ({ id: f.replace(/\.py$/, ""), source: readFileSync(join(galleryDir, f), "utf8") }));
const firstChart: number[] = [];
let before: Sized[] = [];
let worker: Sized[] = [];
let edit: Sized[] = [];
try {
  for (const [i, example] of blog.entries()) {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    // tsx compiles functions passed to page.evaluate with a name-keeping helper the page lacks.
    await page.addInitScript("globalThis.__name = (f) => f");
    page.on("pageerror", (e) => console.error(`${example.id}: page error: ${e.message}`));
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const url = `${base}embed.html${encodeShareLink({ code: example.source, view: {} })}`;
    await page.goto(url);
    await page.waitForFunction(() => {
      const h = window.__playgroundEmbed;
      return !!h && h.chartDraws > 0 && h.idle();
    });
    const mark = await page.evaluate(() => performance.getEntriesByName("embed:first-chart")[0]?.startTime ?? NaN);
    firstChart.push(mark);
    if (i === 0) {
      const loaded = await documentScripts(page);
      // The document fetches the worker's script too; it is the worker's, not the page's.
      before = loaded.filter((u) => !workers.includes(u)).map(sized);
      worker = workers.filter((w) => w.startsWith(base)).map(sized);
      await page.getByRole("button", { name: "Edit" }).click();
      await page.waitForFunction(() => window.__playgroundEmbed?.editorReady === true);
      const after = await documentScripts(page);
      edit = after.filter((u) => !loaded.includes(u)).map(sized);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(outDir, { recursive: true, force: true });
}

const list = (title: string, xs: readonly Sized[]) => {
  console.log(`${title}: ${xs.length} files, ${kib(sum(xs, "bytes"))} raw, ${kib(sum(xs, "gzip"))} gzip`);
  for (const s of xs)
    console.log(`  ${s.path.padEnd(44)} ${kib(s.bytes).padStart(11)} ${kib(s.gzip).padStart(11)} gzip`);
};
list("embed JS before Edit (worker excluded)", before);
list("run worker (not counted)", worker);
list("Edit adds (Monaco)", edit);

const gz = sum(before, "gzip") / 1024;
console.log(
  `embed-js-before-edit ${gz.toFixed(1)} KiB gzip (target <= ${TARGET_GZIP_KIB} KiB: ${gz <= TARGET_GZIP_KIB ? "met" : "MISSED"})`,
);
const sorted = [...firstChart].sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)];
const worst = sorted[sorted.length - 1];
console.log(
  `embed-first-chart median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms over ${sorted.length} cold loads ` +
    `(target <= ${TARGET_FIRST_CHART_MS} ms: ${worst <= TARGET_FIRST_CHART_MS ? "met" : "MISSED"})`,
);

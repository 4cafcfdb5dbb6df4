import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { galleryText, shareFragment } from "./fixtures/link";

/** The parts of `window.__playground` these tests use (e2e/README.md). */
interface Handle {
  ready: boolean;
  getCode(): string;
  setCode(code: string): void;
  idle(): Promise<void>;
  getState(): { status: string; conformance: string; eventCount: number };
}
type WithHandle = { __playground?: Handle };

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as WithHandle).__playground?.ready === true);
}
async function idle(page: Page): Promise<void> {
  await page.evaluate(() => (window as WithHandle).__playground!.idle());
}
const code = (page: Page) => page.evaluate(() => (window as WithHandle).__playground!.getCode());

const SCENARIO = galleryText("blog-coroutine-yield");

test("a share link opened in a fresh page restores the scenario and its chart", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`./${shareFragment(SCENARIO, { layout: "both" })}`);
  await ready(page);
  await idle(page);

  expect(await code(page)).toBe(SCENARIO);
  const state = await page.evaluate(() => (window as WithHandle).__playground!.getState());
  expect(state.status).not.toBe("running");
  // The chart shows the linked scenario's run: the response after the 100 ms fetch.
  expect(state.conformance).toMatch(/T10\d\s+client #1 recv 200/);
  await expect(page.locator('section[aria-label="Timeline"] canvas').first()).toBeVisible();
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("res = yield self.test(");
  // The fragment is dropped once read, so a reload shows the draft with its edits.
  expect(new URL(page.url()).hash).toBe("");
  await page.screenshot({ path: "e2e/screenshots/share-restored.png" });
  expect(problems).toEqual([]);
});

test("a cut-short link says so and keeps the user's own draft", async ({ page, context }) => {
  await page.goto("./");
  await ready(page);
  const draft = 'print("my own draft")\n';
  await page.evaluate((d) => (window as WithHandle).__playground!.setCode(d), draft);
  await idle(page);

  // A fresh page of the same browser (same localStorage) opens the broken link.
  const link = shareFragment(SCENARIO);
  const fresh = await context.newPage();
  await fresh.goto(`./${link.slice(0, Math.floor(link.length * 0.6))}`);
  await ready(fresh);
  const alert = fresh.getByRole("alert").filter({ hasText: "draft was kept" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/damaged or cut short|cut short/);
  expect(await code(fresh)).toBe(draft);
  await fresh.screenshot({ path: "e2e/screenshots/share-broken.png" });
});

test("Copy link puts on the clipboard a link that opens the same scenario", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./");
  await ready(page);
  const button = page.getByRole("button", { name: "Copy link" });
  test.skip((await button.count()) === 0, "the page does not mount the Copy link button (src/ui/share) yet");

  const text = galleryText("max-clients");
  await page.evaluate((t) => (window as WithHandle).__playground!.setCode(t), text);
  await button.click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#1\.[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(2000);

  const fresh = await context.newPage();
  await fresh.goto(url);
  await ready(fresh);
  expect(await code(fresh)).toBe(text);
});

test("exports download the trace, the chart and the scenario", async ({ page }) => {
  await page.goto(`./${shareFragment(SCENARIO)}`);
  await ready(page);
  await idle(page);
  const menu = page.getByRole("button", { name: "Export" });
  test.skip((await menu.count()) === 0, "the page does not mount the Export menu (src/ui/export) yet");

  const download = async (item: string) => {
    await menu.click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-export="${item}"]`).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };

  const trace = await download("trace");
  expect(trace.name).toBe("tornado-trace.json");
  const json = JSON.parse(trace.bytes.toString("utf8"));
  expect(json.displayTimeUnit).toBe("ms");
  expect(Array.isArray(json.traceEvents)).toBe(true);
  expect(json.traceEvents.some((e: { ph: string; name: string }) => e.ph === "b" && e.name === "#1 POST /test")).toBe(
    true,
  );

  const svg = await download("svg");
  expect(svg.name).toBe("tornado-chart.svg");
  expect(svg.bytes.toString("utf8")).toContain("<svg");
  expect(svg.bytes.toString("utf8")).toContain("#1 POST /test");

  const png = await download("png");
  expect(png.name).toBe("tornado-chart.png");
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(1000);

  const py = await download("scenario");
  expect(py.name).toBe("scenario.py");
  expect(py.bytes.toString("utf8")).toBe(SCENARIO);
});

test("a link pasted into the address bar of an open page opens its scenario", async ({ page }) => {
  await page.goto("./");
  await ready(page);
  const text = galleryText("parallel-vs-sequential");
  // Only the fragment changes: the page is not reloaded.
  await page.evaluate((h) => (window.location.hash = h), shareFragment(text));
  await expect.poll(() => code(page)).toBe(text);
  await idle(page);
  const state = await page.evaluate(() => (window as WithHandle).__playground!.getState());
  expect(state.conformance).toContain("client #2 recv 200 parallel");
  expect(new URL(page.url()).hash).toBe("");
});

test("the built site runs from a sub-folder of another site (relative base)", async ({ page, context, baseURL }) => {
  // Serve the build under /blog/tornado/ as a static host would: every request there
  // is answered with the file at the site's root.
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const m = /^\/blog\/tornado\/(.*)$/.exec(url.pathname);
    if (!m) {
      outside.push(url.pathname);
      return route.fulfill({ status: 404, body: "not under /blog/tornado/" });
    }
    const response = await route.fetch({ url: new URL(m[1] || "index.html", baseURL).href });
    await route.fulfill({ response });
  });
  await page.goto(`./blog/tornado/${shareFragment(SCENARIO)}`);
  await ready(page);
  await idle(page);
  expect(await code(page)).toBe(SCENARIO);
  const state = await page.evaluate(() => (window as WithHandle).__playground!.getState());
  expect(state.conformance).toMatch(/client #1 recv 200/);

  const embed = await context.newPage();
  await embed.goto(`./blog/tornado/embed.html${shareFragment(SCENARIO)}`);
  await embed.waitForFunction(() => {
    const h = (window as { __playgroundEmbed?: { chartDraws: number; idle(): boolean } }).__playgroundEmbed;
    return !!h && h.chartDraws > 0 && h.idle();
  });
  const open = await embed.getByRole("link", { name: "Open in playground" }).getAttribute("href");
  expect(new URL(open!).pathname).toBe("/blog/tornado/index.html");
  expect(outside.filter((p) => p !== "/favicon.ico")).toEqual([]);
});

import { readFileSync } from "node:fs";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { galleryText, shareFragment } from "./fixtures/link";

const HOST = readFileSync(new URL("./fixtures/host.html", import.meta.url), "utf8");
const SCENARIO = galleryText("blog-gen-sleep");

/** The embed's test handle (src/ui/embed/handle.ts). */
interface EmbedHandle {
  idle(): boolean;
  whenIdle(): Promise<void>;
  getCode(): string;
  chartDraws: number;
  postedHeight: number | null;
  editorReady: boolean;
}
type WithEmbed = { __playgroundEmbed?: EmbedHandle };

/**
 * Opens the host page (served from the site's origin by intercepting its address,
 * so the iframe is same-origin with embed.html as on a real deploy) with `fragment`
 * for the embed and `query` for its options; returns the embed's frame once its
 * chart has drawn.
 */
async function openHost(page: Page, fragment: string, query = ""): Promise<Frame> {
  await page.route("**/e2e-host.html*", (route) => route.fulfill({ body: HOST, contentType: "text/html" }));
  await page.goto(`./e2e-host.html${query ? `?q=${encodeURIComponent(query)}` : ""}${fragment}`);
  const frame = await (await page.locator("#embed").elementHandle())!.contentFrame();
  await frame!.waitForFunction(() => {
    const h = (window as WithEmbed).__playgroundEmbed;
    return !!h && h.chartDraws > 0 && h.idle();
  });
  return frame!;
}

test("an embed in a sandboxed iframe runs the scenario, draws its chart and posts its height", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const frame = await openHost(page, shareFragment(SCENARIO));

  await expect(page.locator("#embed")).toHaveAttribute("sandbox", "allow-scripts allow-same-origin");
  const embed = page.frameLocator("#embed");
  // The code, highlighted by Lezer (no Monaco yet).
  await expect(embed.locator("pre.embed-code")).toContainText("yield gen.sleep(0.3)");
  await expect(embed.locator("pre.embed-code .tok-keyword").first()).toBeVisible();
  expect(await frame.evaluate(() => document.querySelector(".monaco-editor"))).toBeNull();
  // The chart, drawn from a run in the worker, and the console of that run.
  await expect(
    embed.locator('section[aria-label="Chart"] canvas, section[aria-label="Chart"] img').first(),
  ).toBeVisible();
  await embed.getByText("Console").click();
  await expect(embed.locator(".embed-console pre")).toContainText("report end");
  expect(await frame.evaluate(() => (window as WithEmbed).__playgroundEmbed!.getCode())).toBe(SCENARIO);

  // The host page heard the embed's height and fitted the iframe to it.
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  expect(heights.length).toBeGreaterThan(0);
  const posted = await frame.evaluate(() => (window as WithEmbed).__playgroundEmbed!.postedHeight);
  expect(heights[heights.length - 1]).toBe(posted);
  const content = await frame.evaluate(() =>
    Math.ceil(document.querySelector(".embed")!.getBoundingClientRect().height),
  );
  expect(posted).toBe(content);
  await expect.poll(async () => Math.round((await page.locator("#embed").boundingBox())!.height)).toBe(posted);
  await page.screenshot({ path: "e2e/screenshots/embed-host.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("Edit in the embed loads Monaco in place, and an edit runs again", async ({ page }) => {
  const frame = await openHost(page, shareFragment(SCENARIO));
  const embed = page.frameLocator("#embed");
  const draws = await frame.evaluate(() => (window as WithEmbed).__playgroundEmbed!.chartDraws);

  await embed.getByRole("button", { name: "Edit" }).click();
  await frame.waitForFunction(() => (window as WithEmbed).__playgroundEmbed!.editorReady);
  await expect(embed.locator(".monaco-editor .view-lines")).toContainText("yield gen.sleep(0.3)");
  await expect(embed.locator("pre.embed-code")).toHaveCount(0);

  // Add a module-level print at the end (Monaco indents pasted lines itself, so the
  // edit is one unindented line): the embed runs again and draws again.
  await embed.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type('print("edited in the embed")');
  await frame.waitForFunction((before) => {
    const h = (window as WithEmbed).__playgroundEmbed!;
    return h.getCode().endsWith('print("edited in the embed")') && h.chartDraws > before && h.idle();
  }, draws);
  await embed.getByText("Console").click();
  await expect(embed.locator(".embed-console pre")).toContainText("edited in the embed");
  await page.screenshot({ path: "e2e/screenshots/embed-edit.png", fullPage: true });
});

test("embed options: chart only, dark, and the release chosen in the address", async ({ page }) => {
  await openHost(page, shareFragment(galleryText("blog-coroutine-yield")), "view=chart&theme=dark&release=4.5");
  const embed = page.frameLocator("#embed");
  await expect(embed.locator(".embed")).toHaveClass(/embed--dark/);
  await expect(embed.locator("pre.embed-code")).toHaveCount(0);
  await expect(embed.locator(".embed-bar__title")).toHaveText("Tornado 4.5");
  await expect(embed.locator('section[aria-label="Chart"]')).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/embed-dark-chart.png", fullPage: true });
});

test("Open in playground links to the full page with the same scenario", async ({ page, context }) => {
  await openHost(page, shareFragment(SCENARIO));
  const href = await page.frameLocator("#embed").getByRole("link", { name: "Open in playground" }).getAttribute("href");
  expect(href).toMatch(/\/index\.html#1\.[A-Za-z0-9_-]+$/);
  const full = await context.newPage();
  await full.goto(href!);
  await full.waitForFunction(() => (window as { __playground?: { ready: boolean } }).__playground?.ready === true);
  expect(await full.evaluate(() => (window as { __playground?: { getCode(): string } }).__playground!.getCode())).toBe(
    SCENARIO,
  );
});

test("an embed whose link is cut short says so", async ({ page }) => {
  await page.route("**/e2e-host.html*", (route) => route.fulfill({ body: HOST, contentType: "text/html" }));
  const link = shareFragment(SCENARIO);
  await page.goto(`./e2e-host.html${link.slice(0, 40)}`);
  await expect(page.frameLocator("#embed").getByRole("alert")).toContainText(/damaged|cut short/);
});

test("the Embed dialog's snippet, pasted into a page, shows the scenario", async ({ page, context }) => {
  await page.goto(`./${shareFragment(SCENARIO)}`);
  await page.waitForFunction(() => (window as { __playground?: { ready: boolean } }).__playground?.ready === true);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this scenario" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Theme").selectOption("dark");
  const snippet = await dialog.getByLabel("HTML to paste").inputValue();
  expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>$/);
  expect(snippet).toContain(' sandbox="allow-scripts allow-same-origin"');
  expect(snippet).toMatch(/ src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?theme=dark#1\.[A-Za-z0-9_-]+"/);
  const script = await dialog.getByLabel(/Once per page/).inputValue();

  // A blog post made of the two snippets, served from the site's origin.
  const post = `<!doctype html><html><body><h1>Post</h1>${snippet}${script}</body></html>`;
  const blog = await context.newPage();
  await blog.route("**/pasted-post.html", (route) => route.fulfill({ body: post, contentType: "text/html" }));
  await blog.goto("./pasted-post.html");
  const frame = await (await blog.locator("iframe").elementHandle())!.contentFrame();
  await frame!.waitForFunction(() => {
    const h = (window as WithEmbed).__playgroundEmbed;
    return !!h && h.chartDraws > 0 && h.idle();
  });
  expect(await frame!.evaluate(() => (window as WithEmbed).__playgroundEmbed!.getCode())).toBe(SCENARIO);
  await expect(blog.frameLocator("iframe").locator(".embed")).toHaveClass(/embed--dark/);
  const posted = await frame!.evaluate(() => (window as WithEmbed).__playgroundEmbed!.postedHeight);
  await expect.poll(async () => Math.round((await blog.locator("iframe").boundingBox())!.height)).toBe(posted);
});

import { expect, test, type Page } from "@playwright/test";

/** Waits for the page's own ready signal (see e2e/README.md), never a sleep. */
async function waitForPlayground(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__playground?.ready === true);
}

test("the page shows the header, the editor and the empty frames", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto("./");
  await waitForPlayground(page);

  await expect(page.getByRole("heading", { name: "Tornado Playground" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Tornado release" })).toHaveValue("6.5");
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("def post(self):");
  await expect(page.locator('section[aria-label="Timeline"]')).toBeVisible();
  await expect(page.locator('section[aria-label="Console"]')).toBeVisible();

  const initial = await page.evaluate(() => window.__playground!.getCode());
  expect(initial).toContain("@gen.coroutine");
  expect(initial).toContain('self.test("test")');
  expect(problems).toEqual([]);
});

test("text typed into Monaco reaches the store and the screen", async ({ page }) => {
  await page.goto("./");
  await waitForPlayground(page);

  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Monaco indents the line after a colon itself, so the second line is typed bare.
  await page.keyboard.type("def hello(name):");
  await page.keyboard.press("Enter");
  await page.keyboard.type('return "hi " + name');

  const code = await page.evaluate(() => window.__playground!.getCode());
  expect(code).toBe('def hello(name):\n    return "hi " + name');

  const lines = page.locator(".monaco-editor .view-lines");
  await expect(lines).toContainText("def hello(name):");
  await expect(lines).toContainText('return "hi " + name');
  await expect(lines).not.toContainText("gen.coroutine");

  // Python highlighting: the keyword `def` gets another token colour than a name.
  const token = (text: RegExp) => page.locator(".monaco-editor .view-line span span", { hasText: text }).first();
  await expect(token(/^def$/)).toBeVisible();
  await expect(token(/^name$/)).toBeVisible();
  const keywordClass = await token(/^def$/).getAttribute("class");
  const nameClass = await token(/^name$/).getAttribute("class");
  expect(keywordClass).toMatch(/\bmtk\d+\b/);
  expect(keywordClass).not.toBe(nameClass);
});

test("setCode from outside updates the editor", async ({ page }) => {
  await page.goto("./");
  await waitForPlayground(page);

  await page.evaluate(() => window.__playground!.setCode('print("from outside")\n'));
  await expect(page.locator(".monaco-editor .view-lines")).toContainText('print("from outside")');
});

test("the theme toggle switches the scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./");
  await waitForPlayground(page);

  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/vs-dark/);
  await page.screenshot({ path: "e2e/screenshots/app-dark.png" });
});

test("on a 375 px screen the panes stack and nothing overflows sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("./");
  await waitForPlayground(page);

  const editor = await page.locator('section[aria-label="Editor"]').boundingBox();
  const timeline = await page.locator('section[aria-label="Timeline"]').boundingBox();
  const consoleBox = await page.locator('section[aria-label="Console"]').boundingBox();
  expect(editor && timeline && consoleBox).toBeTruthy();
  expect(timeline!.y).toBeGreaterThanOrEqual(editor!.y + editor!.height - 1);
  expect(consoleBox!.y).toBeGreaterThanOrEqual(timeline!.y + timeline!.height - 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await page.screenshot({ path: "e2e/screenshots/app-375.png", fullPage: true });
});

test("screenshot of the page at desktop size", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./");
  await waitForPlayground(page);
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("def post(self):");
  await page.screenshot({ path: "e2e/screenshots/app.png" });
});

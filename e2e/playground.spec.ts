import { expect, test } from "@playwright/test";
import {
  consoleTexts,
  expectNoSidewaysScroll,
  focusEditor,
  hoverOver,
  idle,
  openPlayground,
  state,
  typeCode,
  watchProblems,
} from "./helpers";

// Each test starts from a clean draft: localStorage is per test context.

test("the blog's first example: the response is sent before the fetch completes", async ({ page }) => {
  const problems = watchProblems(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlayground(page);
  await idle(page);

  const s = await state(page);
  expect(s.status).toBe("done");
  expect(s.outcome).toBe("ok");
  expect(s.stale).toBe(false);
  const sent = s.events.find((e) => e.kind === "response-sent");
  const fetched = s.events.find((e) => e.kind === "fetch-done");
  expect(sent && fetched).toBeTruthy();
  expect(sent!.t).toBeLessThan(fetched!.t);
  // Work goes on after the response: the coroutine prints after it was sent.
  expect(s.conformance).toMatch(/T0 +client #1 recv 200/);
  // The remote answers after 100 ms; the fetch's own round trip adds a few more.
  expect(s.conformance).toMatch(/T10\d +print +200/);

  // The same, as visible text: the access line comes before the coroutine's `200`.
  const lines = await consoleTexts(page);
  const access = lines.findIndex((l) => /\[I \d{6} [\d:]{8} web:\d+\] 200 POST \/test \(127\.0\.0\.1\)/.test(l));
  const printed = lines.indexOf("200");
  expect(access).toBeGreaterThanOrEqual(0);
  expect(printed).toBeGreaterThan(access);
  // Stamped with virtual time: the fetch takes 100 ms (plus the few CPU steps before it).
  await expect(page.locator(".console-line").nth(printed).locator(".console-time")).toHaveText(/^10\d\.\d ms$/);
  await expect(page.getByTestId("run-status")).toContainText(`${s.eventCount} events`);
  // The chart says it in words too.
  await expect(page.locator('section[aria-label="Timeline"]')).toContainText(/response sent .* before its fetch/);
  await page.screenshot({ path: "e2e/screenshots/blog-example.png" });
  expect(problems).toEqual([]);
});

test("typing into Monaco runs again after the pause and the result changes", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  const before = await state(page);

  // Line 2 is `# remote: www.naver.com 100`: make the remote answer after 300 ms.
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("300");
  expect(await page.evaluate(() => window.__playground!.getCode().split("\n")[1])).toBe("# remote: www.naver.com 300");
  await idle(page);

  const after = await state(page);
  expect(after.conformance).not.toBe(before.conformance);
  expect(after.conformance).toMatch(/T30\d +print +200/);
  const queued = after.events.find((e) => e.kind === "fetch-start")!;
  const fetched = after.events.find((e) => e.kind === "fetch-done")!;
  // The remote's 300 ms count from when the request left, plus the 3 ms round trip.
  expect(fetched.t - queued.t).toBe(303_000);
  await expect(page.locator(".console-line", { hasText: /^30\d\.\d ms200$/ })).toHaveCount(1);
});

test("Ctrl/Cmd+Enter runs at once", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  const triggers = () => page.evaluate(() => performance.getEntriesByName("run-trigger").length);
  const n = await triggers();
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+Enter");
  await idle(page);
  expect(await triggers()).toBe(n + 1);
  // The chart drew the new run: a measure from trigger to drawn exists for it.
  const measures = await page.evaluate(() => performance.getEntriesByName("edit-to-chart").length);
  expect(measures).toBeGreaterThanOrEqual(2);
});

test("a syntax error shows a marker and keeps the last chart, marked stale", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  const good = await state(page);

  // Remove the colon of `def post(self):` (line 7).
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await idle(page);

  const s = await state(page);
  expect(s.outcome).toBe("syntax-error");
  expect(s.stale).toBe(true);
  expect(s.eventCount).toBe(good.eventCount);
  expect(s.conformance).toBe(good.conformance);
  expect(s.diagnostics[0]).toMatchObject({
    source: "syntax",
    line: 7,
    message: expect.stringMatching(/^SyntaxError: /),
  });
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible();
  await expect(page.getByTestId("run-problem")).toContainText("(line 7)");
  await expect(page.getByTestId("run-status")).toContainText("stale");
  // The console keeps the last good output, dimmed.
  await expect(page.getByTestId("console")).toHaveClass(/is-stale/);
  await expect(page.getByTestId("console")).toContainText("200 POST /test");

  // The marker's message shows on hover.
  const markerHover = await hoverOver(page, page.locator(".monaco-editor .squiggly-error").first());
  await expect(markerHover).toContainText("SyntaxError");
  await page.screenshot({ path: "e2e/screenshots/syntax-error.png" });

  // Putting the colon back makes the chart fresh again.
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.type(":");
  await idle(page);
  expect((await state(page)).stale).toBe(false);
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0);
});

test("`while True: pass` in a handler is stopped with an error naming the line, and the page responds", async ({
  page,
}) => {
  await openPlayground(page);
  await idle(page);
  await typeCode(page, [
    "from tornado import web",
    "",
    "class MainHandler(web.RequestHandler):",
    "def get(self):",
    "while True:",
    "pass",
  ]);
  expect(await page.evaluate(() => window.__playground!.getCode())).toBe(
    "from tornado import web\n\nclass MainHandler(web.RequestHandler):\n    def get(self):\n        while True:\n            pass",
  );
  await idle(page);

  const s = await state(page);
  expect(s.outcome).toBe("runaway");
  const runaway = s.events.find((e) => e.kind === "runaway");
  expect(runaway).toBeTruthy();
  const line = runaway!.kind === "runaway" ? runaway!.line : 0;
  expect([5, 6]).toContain(line);
  await expect(page.getByTestId("run-problem")).toContainText(new RegExp(`line ${line}\\b`, "i"));
  await expect(page.getByTestId("console")).toContainText(`(line ${line})`);
  expect(s.diagnostics).toEqual([expect.objectContaining({ source: "runaway", line })]);
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible();

  // The page still responds: the table opens and lists the stop.
  await page.getByRole("button", { name: "Table view" }).click();
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "stopped" })).toBeVisible();
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.screenshot({ path: "e2e/screenshots/runaway.png" });
});

test("a load error shows in the console and as a marker; another release loads the code", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  await page.evaluate(() =>
    window.__playground!.setCode(
      "from tornado import web\n\nclass MainHandler(web.RequestHandler):\n    @web.asynchronous\n    def get(self):\n        self.finish('ok')\n",
    ),
  );
  await idle(page);
  let s = await state(page);
  expect(s.outcome).toBe("load-error");
  expect(s.diagnostics).toEqual([
    expect.objectContaining({
      source: "load",
      line: 4,
      message: "AttributeError: module 'tornado.web' has no attribute 'asynchronous'",
    }),
  ]);
  await expect(page.getByTestId("console")).toContainText(
    "AttributeError: module 'tornado.web' has no attribute 'asynchronous'",
  );
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible();

  // The release selector edits the # tornado: line; under 4.5 the decorator exists.
  await page.getByRole("combobox", { name: "Tornado release" }).selectOption("4.5");
  expect(await page.evaluate(() => window.__playground!.getCode().split("\n")[0])).toBe("# tornado: 4.5");
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("# tornado: 4.5");
  await idle(page);
  s = await state(page);
  expect(s.outcome).toBe("ok");
  expect(s.release).toBe("4.5");
  expect(s.conformance).toMatch(/client #1 recv 200 ok/);
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0);
});

test("printed HTML shows as text, never as markup", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  await page.evaluate(() =>
    window.__playground!.setCode("print('<img src=x onerror=\"window.__pwned = 1\"><b>bold</b>')\n"),
  );
  await idle(page);
  const consoleBox = page.getByTestId("console");
  await expect(consoleBox).toContainText('<img src=x onerror="window.__pwned = 1"><b>bold</b>');
  await expect(consoleBox.locator("img")).toHaveCount(0);
  await expect(consoleBox.locator("b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("reload restores the draft", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  await typeCode(page, ["# tornado: 5.1", "print('kept across reloads')"]);
  await idle(page);
  await page.reload();
  await page.waitForFunction(() => window.__playground?.ready === true);
  expect(await page.evaluate(() => window.__playground!.getCode())).toBe(
    "# tornado: 5.1\nprint('kept across reloads')",
  );
  await expect(page.locator(".monaco-editor .view-lines")).toContainText("print('kept across reloads')");
  await expect(page.getByRole("combobox", { name: "Tornado release" })).toHaveValue("5.1");
  await idle(page);
  await expect(page.getByTestId("console")).toContainText("kept across reloads");
});

test("an unreadable saved draft is kept aside and the page says so", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("tornado-playground/draft", "{not json");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openPlayground(page);
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toContainText(
    "tornado-playground/draft-unreadable",
  );
  expect(await page.evaluate(() => localStorage.getItem("tornado-playground/draft-unreadable"))).toBe("{not json");
});

test("hovering a tornado name describes it", async ({ page }) => {
  await openPlayground(page);
  // The token is `.coroutine` of `@gen.coroutine`.
  const hover = await hoverOver(
    page,
    page.locator(".monaco-editor .view-line span span", { hasText: "coroutine" }).first(),
    0.7,
  );
  await expect(hover).toContainText("tornado.gen.coroutine");
  await expect(hover).toContainText("returns a Future");
});

test("the table view is keyboard usable and highlights a line in the editor", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  const toggle = page.getByRole("button", { name: "Table view" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Hide table" })).toHaveAttribute("aria-expanded", "true");
  const table = page.getByRole("table");
  await expect(table.getByRole("rowheader", { name: "response sent" })).toBeVisible();
  // `print("done")` of post() is line 9.
  const lineButton = table.getByRole("button", { name: "Show line 9 in the editor" }).first();
  await lineButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".monaco-editor .tp-line-selected")).toHaveCount(1);
  expect((await state(page)).selectedEvent).toMatchObject({ line: 9 });
});

test("the editor's cursor line is reported for the chart to highlight", async ({ page }) => {
  await openPlayground(page);
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowDown");
  expect((await state(page)).editorCursorLine).toBe(13);
});

test("playback: stepping moves the cursor; the console and editor follow", async ({ page }) => {
  await openPlayground(page);
  await idle(page);
  const { events } = await state(page);
  const stops = [...new Set(events.map((e) => e.t))].sort((a, b) => a - b);
  const sentAt = events.find((e) => e.kind === "response-sent")!.t;

  await page.getByRole("button", { name: "Next event" }).click();
  expect((await state(page)).cursor).toBe(stops[0]);
  // Step to the moment the response is sent...
  for (let i = 1; stops[i - 1] < sentAt; i++) {
    await page.getByRole("button", { name: "Next event" }).click();
    expect((await state(page)).cursor).toBe(stops[i]);
  }
  // ...where the coroutine's two late prints are still to come: the blog post's bug.
  await expect(page.locator(".console-line.is-future")).toHaveCount(2);
  await expect(page.locator(".console-line.is-future .console-text")).toHaveText(["200", "done"]);
  await expect(page.locator(".monaco-editor .tp-line-playback")).toHaveCount(1);
  await page.getByRole("button", { name: "Previous event" }).click();
  expect((await state(page)).cursor).toBe(stops[stops.indexOf(sentAt) - 1]);
  await expect(page.getByRole("slider", { name: "Time cursor" })).toHaveAttribute("aria-valuetext", /^\d+\.\d ms$/);
  await page.getByRole("button", { name: "All", exact: true }).click();
  expect((await state(page)).cursor).toBeNull();
  await expect(page.locator(".console-line.is-future")).toHaveCount(0);

  // Play runs to the end of the trace by itself (5 s at 1x; 4x here) and stops.
  await page.getByRole("combobox", { name: "Playback speed" }).selectOption("4");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible({ timeout: 5000 });
  const end = await state(page);
  expect(end.cursor).toBe(Math.max(...end.events.map((e) => ("end" in e ? e.end : e.t))));
});

test("dark mode follows the system, and the page works at 375 px", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlayground(page);
  await idle(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/vs-dark/);
  await expect(page.getByTestId("console")).toContainText("200 POST /test");
  await expectNoSidewaysScroll(page, 375);
  await page.getByRole("button", { name: "Table view" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoSidewaysScroll(page, 375);
  await page.screenshot({ path: "e2e/screenshots/dark-375.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.screenshot({ path: "e2e/screenshots/light-375.png", fullPage: true });
});

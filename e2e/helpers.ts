import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the page and waits for the editor (the page's own ready signal, never a sleep). */
export async function openPlayground(page: Page, path = "./"): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__playground?.ready === true);
}

/** Waits until no run is due or in flight and the chart has drawn (`window.__playground.idle()`). */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => window.__playground!.idle());
}

/** The page's state snapshot (see e2e/README.md). */
export async function state(page: Page) {
  return page.evaluate(() => window.__playground!.getState());
}

/** Focuses the editor. */
export async function focusEditor(page: Page): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click();
}

/**
 * Replaces the editor's text by typing it. Monaco indents after a line ending in
 * `:` and keeps the indentation of the line before, so `lines` gives each line's
 * text without indentation and the number of levels to dedent first.
 */
export async function typeCode(
  page: Page,
  lines: readonly (string | { dedent: number; text: string })[],
): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    const { dedent, text } = typeof line === "string" ? { dedent: 0, text: line } : line;
    for (let d = 0; d < dedent; d++) await page.keyboard.press("Shift+Tab");
    await page.keyboard.type(text);
  }
}

/** The console's entries as text, in order. */
export async function consoleTexts(page: Page): Promise<string[]> {
  return page.locator(".console-line .console-text").allTextContents();
}

/** Fails the test on any page error or failed request. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Asserts that the page does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/**
 * Rests the pointer on `target` (Monaco shows hovers after the pointer moves and
 * stays; its cursor layer covers the text, so the mouse is moved by coordinates)
 * and returns the visible hover widget.
 */
export async function hoverOver(page: Page, target: Locator, at = 0.5): Promise<Locator> {
  // Monaco may re-render the line (as tokens arrive) between finding the span and
  // measuring it: the locator is resolved again until the span it finds has a box.
  const measured: { box: Awaited<ReturnType<Locator["boundingBox"]>> } = { box: null };
  await expect(async () => {
    await target.waitFor();
    measured.box = await target.boundingBox();
    expect(measured.box, "hover target is not on screen").not.toBeNull();
  }).toPass({ timeout: 5000 });
  const box = measured.box;
  if (!box) throw new Error("hover target is not on screen");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * at - 2, y);
  await page.mouse.move(box.x + box.width * at, y);
  return page.locator(".monaco-hover:not(.hidden)");
}

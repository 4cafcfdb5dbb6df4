import { expect, test, type Page } from "@playwright/test";
import { idle, openPlayground, state, watchProblems } from "./helpers";

/** The time axis's labels with their positions, left to right (`20 ms@134`). */
const ticks = (page: Page) =>
  page
    .locator(".timeline-pane .tl-axis text")
    .evaluateAll((texts) => texts.map((t) => `${t.textContent}@${Math.round(Number(t.getAttribute("x")))}`));

test("the chart zooms and pans by keyboard and wheel, and shows the events under the pointer", async ({ page }) => {
  const problems = watchProblems(page);
  await openPlayground(page);
  await idle(page);
  const whole = await ticks(page);
  expect(whole[0]).toMatch(/^0 ms@/);

  // Keyboard: + zooms in (finer ticks), an arrow pans, 0 shows the whole trace again.
  const host = page.locator(".timeline-pane .tl-host");
  await host.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  await expect.poll(() => ticks(page)).not.toEqual(whole);
  const zoomed = await ticks(page);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => ticks(page)).not.toEqual(zoomed);
  await page.keyboard.press("0");
  await expect.poll(() => ticks(page)).toEqual(whole);

  // Wheel: turning it over the chart zooms in around the pointer.
  const box = (await host.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => ticks(page)).not.toEqual(whole);
  await host.focus();
  await page.keyboard.press("0");
  await expect.poll(() => ticks(page)).toEqual(whole);

  // Hover: sweep down the middle of the plot; over the IOLoop lane the tooltip says the
  // loop is idle, below it the request's span says what its coroutine waits on.
  const tip = page.locator(".timeline-pane .tl-tooltip");
  const titles: string[] = [];
  for (let y = box.y + 30; y < box.y + box.height; y += 4) {
    await page.mouse.move(box.x + box.width * 0.7, y);
    if (!(await tip.isVisible())) continue;
    const title = (await tip.locator(".tl-tooltip-title").textContent()) ?? "";
    if (titles.at(-1) !== title) titles.push(title);
    if (title !== "Loop idle") break;
  }
  expect(titles[0]).toBe("Loop idle");
  expect(titles.length).toBeGreaterThan(1);
  await expect(tip).toContainText("line 15");
  // Clicking picks that event: the editor highlights the yield's line, 15.
  await page.mouse.down();
  await page.mouse.up();
  expect((await state(page)).selectedEvent).toMatchObject({ line: 15 });
  await expect(page.locator(".monaco-editor .tp-line-selected")).toHaveCount(1);
  await page.screenshot({ path: "e2e/screenshots/chart-hover.png" });
  expect(problems).toEqual([]);
});

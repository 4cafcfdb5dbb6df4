import { expect, test } from "@playwright/test";
import { galleryText } from "./fixtures/link";
import { idle, openPlayground, state, watchProblems } from "./helpers";

const BLOCKING = galleryText("blog-blocking-loop");
const MINE = "# request: GET / at 0\nprint('my own work')\n";

test("an example from the gallery opens with its explanation, and the user's draft is offered back", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await openPlayground(page);
  await idle(page);
  await page.evaluate((code) => window.__playground!.setCode(code), MINE);
  await idle(page);

  await page.getByRole("button", { name: "Examples" }).click();
  const dialog = page.getByRole("dialog", { name: "Examples" });
  await expect(dialog).toBeVisible();
  // Both groups, the blog post's examples first.
  await expect(dialog.getByRole("heading", { level: 3 })).toHaveText(["From the 2014 blog post", "Beyond it"]);
  await expect(dialog.locator("[data-example]")).toHaveCount(15);
  await page.screenshot({ path: "e2e/screenshots/gallery-dialog.png" });
  await dialog.getByRole("button", { name: /A long loop blocks every other request/ }).click();
  await expect(dialog).toBeHidden();
  await idle(page);

  // The example runs: /ping, 20 ms after /report, is answered only once the loop is done.
  const s = await state(page);
  expect(await page.evaluate(() => window.__playground!.getCode())).toBe(BLOCKING);
  const recv = s.events.filter((e) => e.kind === "client-recv").map((e) => e.t);
  expect(recv).toHaveLength(2);
  expect(recv[1]! - 20_000).toBeGreaterThan(80_000);
  // Its explanation sits beside the chart.
  const note = page.getByRole("complementary", { name: "About this example" });
  await expect(note).toContainText("A long loop blocks every other request");
  await expect(note).toContainText("/ping arrives 20 ms later");
  await expect(note).not.toContainText("edited since");

  // The user's own text was set aside, not lost.
  const bar = page.locator(".set-aside");
  await expect(bar).toContainText('Your draft (3 lines) was set aside when the example "A long loop');
  await page.screenshot({ path: "e2e/screenshots/gallery-example.png" });
  await bar.getByRole("button", { name: "Restore draft" }).click();
  expect(await page.evaluate(() => window.__playground!.getCode())).toBe(MINE);
  await expect(bar).toBeHidden();
  await expect(note).toContainText("edited since");
  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toBeHidden();
  expect(problems).toEqual([]);
});

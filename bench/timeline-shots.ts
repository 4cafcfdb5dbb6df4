// Screenshots of the timeline for conformance scenarios, for looking at during
// development: `npx tsx bench/timeline-shots.ts [s01_wrong_usage ...]`. Writes
// bench/out/timeline-<scenario>[-dark|-375].png.
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseScenario, type Release } from "../src/scenario";
import { runScenario } from "../src/runtime";
import { openTimelinePage } from "./timeline-page/serve";

const dir = join(import.meta.dirname, "..", "tests", "conformance", "scenarios");
const out = join(import.meta.dirname, "out");
mkdirSync(out, { recursive: true });

const names = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const release = (process.argv.find((a) => a.startsWith("--tornado="))?.slice(10) ?? null) as Release | null;
const chosen = names.length > 0 ? names : ["s01_wrong_usage", "s06_blocking_sleep"];
// A name is a conformance scenario's (or the start of one), or a path to a scenario file.
const files = [
  ...readdirSync(dir)
    .filter((f) => chosen.some((n) => f.startsWith(n)))
    .map((f) => join(dir, f)),
  ...chosen.filter((n) => n.endsWith(".py") && existsSync(n)),
];

for (const [width, suffix, theme] of [
  [1100, "", "light"],
  [1100, "-dark", "dark"],
  [375, "-375", "light"],
] as const) {
  const { page, close } = await openTimelinePage(width, 800, 2);
  for (const f of files) {
    const { scenario } = parseScenario(readFileSync(f, "utf8"));
    const events = runScenario(release ? { ...scenario, tornado: release } : scenario).events;
    const name = basename(f).replace(/\.py$/, "");
    await page.evaluate(([ev, title, th]) => window.__timeline.show(ev, { title, theme: th }), [
      events,
      name,
      theme,
    ] as const);
    const path = join(out, `timeline-${name}${suffix}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(path);
    if (suffix === "") {
      // Zoomed into the first milliseconds, and a tooltip.
      const box = (await page.locator(".tl-host").boundingBox())!;
      const left = box.x + Math.max(150, box.width * 0.17) + 9;
      await page.mouse.move(left + 4, box.y + 60);
      for (let i = 0; i < 7; i++) await page.mouse.wheel(0, -500);
      await page.mouse.move(left + box.width * 0.5, box.y + 88);
      await page.waitForTimeout(100);
      const zoomed = join(out, `timeline-${name}-zoom.png`);
      await page.screenshot({ path: zoomed, fullPage: true });
      console.log(zoomed);
    }
  }
  await close();
}

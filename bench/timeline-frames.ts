// Frame time of the swimlane chart while zooming and panning a trace of about
// 50,000 spans, in headless Chromium. Run: `npx tsx bench/timeline-frames.ts`
// (CHROMIUM_PATH overrides /usr/bin/chromium; FRAMES sets frames per phase).
//
// Each animation frame the driver in the page sends one input (a wheel turn to
// zoom, a drag step or a sideways wheel to pan) and the chart repaints. Printed:
// - work: the repaint the input caused, from the start of the frame's callbacks
//   to the end of the chart's draw (canvas and SVG overlay);
// - interval: time between animation frames while driving (what a person sees;
//   it cannot go below the display's frame period).
import { spans } from "../src/trace/spans";
import { syntheticTrace } from "./timeline-page/synthetic";
import { openTimelinePage } from "./timeline-page/serve";

const REQUESTS = 10;
const CYCLES = 12_500;
const FRAMES = Number(process.env.FRAMES ?? 100);

interface PhaseResult {
  readonly phase: string;
  readonly work: number[];
  readonly interval: number[];
}

const model = spans(syntheticTrace(REQUESTS, CYCLES));
console.log(`trace: ${model.spans.length} spans, ${model.markers.length} markers, ${model.lanes.length} lanes`);

const { page, close } = await openTimelinePage(1280, 1000, 1);
try {
  const t0 = Date.now();
  await page.evaluate(([r, c]) => window.__timeline.showSynthetic(r, c), [REQUESTS, CYCLES] as const);
  console.log(`first draw after ${Date.now() - t0} ms (model, layout and paint)`);

  const results = await page.evaluate(async (frames: number): Promise<PhaseResult[]> => {
    const svg = document.querySelector<SVGSVGElement>(".tl-overlay")!;
    const box = svg.getBoundingClientRect();
    const y = box.top + 100;
    const handle = window.__timeline;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const wheel = (x: number, deltaX: number, deltaY: number) =>
      svg.dispatchEvent(
        new WheelEvent("wheel", {
          clientX: x,
          clientY: y,
          deltaX,
          deltaY,
          deltaMode: 0,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
    const mouse = (type: string, x: number, target: EventTarget) =>
      target.dispatchEvent(
        new MouseEvent(type, {
          clientX: x,
          clientY: y,
          button: 0,
          buttons: type === "mouseup" ? 0 : 1,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );

    async function phase(name: string, step: (i: number) => void): Promise<PhaseResult> {
      const work: number[] = [];
      const interval: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
        // Our callback is registered before the one the input makes the chart
        // register, so in the next frame it runs first: the repaint starts after it.
        const next = frame();
        const drawsBefore = handle.draws;
        step(i);
        const now = await next;
        const start = performance.now();
        interval.push(now - last);
        last = now;
        await new Promise((r) => setTimeout(r, 0));
        if (handle.draws > drawsBefore) work.push(handle.drawTimes[handle.drawTimes.length - 1] - start);
      }
      return { phase: name, work, interval };
    }

    const left = box.left + box.width * 0.3;
    const out: PhaseResult[] = [];
    // 2^(30 × 0.002) a turn: 100 turns zoom in 64 times.
    out.push(await phase("zoom in to 64x (wheel)", (i) => wheel(left + (i % 40) * 5, 0, -30)));
    let x = box.left + box.width * 0.6;
    mouse("mousedown", x, svg);
    out.push(
      await phase("pan at 64x (drag)", (i) => {
        x += i % 50 < 25 ? -12 : 12;
        mouse("mousemove", x, window);
      }),
    );
    mouse("mouseup", x, window);
    out.push(await phase("pan at 64x (sideways wheel)", (i) => wheel(left, i % 40 < 20 ? 40 : -40, 0)));
    out.push(await phase("zoom out to 1x (wheel)", (i) => wheel(left + (i % 40) * 5, 0, 30)));
    out.push(await phase("whole trace, zooming 1x to 1.1x and back", (i) => wheel(left, 0, i % 2 ? 40 : -40)));
    return out;
  }, FRAMES);

  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  const f = (v: number) => v.toFixed(1).padStart(6);
  console.log(`${"phase".padEnd(38)} frames  work median   p95   interval median   p95`);
  const allWork: number[] = [];
  const allInterval: number[] = [];
  for (const r of results) {
    allWork.push(...r.work);
    allInterval.push(...r.interval);
    console.log(
      `${r.phase.padEnd(38)} ${String(r.work.length).padStart(6)} ${f(pct(r.work, 50))} ms ${f(pct(r.work, 95))} ms ${f(pct(r.interval, 50))} ms ${f(pct(r.interval, 95))} ms`,
    );
  }
  console.log(
    `frame work median ${pct(allWork, 50).toFixed(1)} ms, p95 ${pct(allWork, 95).toFixed(1)} ms (${allWork.length} frames)`,
  );
  console.log(
    `frame interval median ${pct(allInterval, 50).toFixed(1)} ms, p95 ${pct(allInterval, 95).toFixed(1)} ms (target median 16.7 ms or less)`,
  );
} finally {
  await close();
}

/**
 * A page that shows the Timeline component alone, for screenshots during
 * development and for the frame-time benchmark. Not part of the site's build.
 * Driven from Playwright through `window.__timeline`.
 */
import { createRoot } from "react-dom/client";
import type { TraceEvent } from "../../src/trace/types";
import type { VTime } from "../../src/trace/time";
import { Timeline } from "../../src/ui/timeline";
import { syntheticTrace } from "./synthetic";

export interface ShowOptions {
  title?: string;
  theme?: "light" | "dark";
  cursor?: number | null;
  highlightLines?: number[];
  stale?: boolean;
}

export interface TimelinePageHandle {
  /** Renders a trace; resolves after the chart's first draw. */
  show(events: readonly TraceEvent[], opts?: ShowOptions): Promise<void>;
  /** Renders a synthetic trace of `requests` requests and `cycles` run/suspend cycles. */
  showSynthetic(requests: number, cycles: number): Promise<void>;
  /** Draws since the page loaded. */
  draws: number;
  /** performance.now() of each draw (cleared by the caller as it likes). */
  drawTimes: number[];
  selected: { seq: number; line: number | null }[];
}

declare global {
  interface Window {
    __timeline: TimelinePageHandle;
  }
}

const root = createRoot(document.getElementById("root")!);
let onNextDraw: (() => void) | null = null;

const handle: TimelinePageHandle = {
  draws: 0,
  drawTimes: [],
  selected: [],
  show(events, opts = {}) {
    const theme = opts.theme ?? "light";
    document.body.className = theme;
    document.getElementById("title")!.textContent = opts.title ?? "Timeline";
    return new Promise<void>((resolve) => {
      onNextDraw = resolve;
      root.render(
        <Timeline
          events={events}
          cursor={(opts.cursor ?? null) as VTime | null}
          highlightLines={new Set(opts.highlightLines ?? [])}
          stale={opts.stale ?? false}
          theme={theme}
          onSelectEvent={(e) => handle.selected.push(e)}
          onDrawn={() => {
            handle.draws++;
            handle.drawTimes.push(performance.now());
            const next = onNextDraw;
            onNextDraw = null;
            next?.();
          }}
        />,
      );
    });
  },
  showSynthetic(requests, cycles) {
    return handle.show(syntheticTrace(requests, cycles), {
      title: `synthetic: ${requests} requests, ${cycles} cycles`,
    });
  },
};
window.__timeline = handle;

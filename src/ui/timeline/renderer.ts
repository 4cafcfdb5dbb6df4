/**
 * The swimlane renderer: owns everything inside the element React hands it (a
 * canvas for spans and markers, an SVG overlay, a tooltip). Zoom, pan, hover and
 * selection live here and repaint through one requestAnimationFrame, so a mouse
 * move or a wheel turn never re-renders React.
 */
import { pointer, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3";
import type { SpanModel } from "../../trace/spans";
import type { TraceEvent } from "../../trace/types";
import { drawSwimlane } from "./draw";
import { hitEvent, hitTest, type Hit } from "./hit";
import { layoutLanes, type Layout } from "./layout";
import { Overlay } from "./overlay";
import { paletteFor } from "./palette";
import { describeHit } from "./tooltip";
import { baseScale, indexModel, type ChartIndex, type View } from "./view";

/** What the renderer draws; the component passes its props through. */
export interface RendererInput {
  readonly model: SpanModel;
  readonly events: readonly TraceEvent[];
  readonly cursor: number | null;
  readonly highlightLines: ReadonlySet<number>;
  readonly theme: "light" | "dark";
  /** Drawn the same (the frame dims it with CSS), but a change still repaints and calls `onDrawn`. */
  readonly stale?: boolean;
  readonly onSelectEvent?: (e: { seq: number; line: number | null }) => void;
  readonly onDrawn?: () => void;
}

/** Finest zoom: this many microseconds across one pixel. */
const FINEST_US_PER_PX = 0.05;
const KEY_ZOOM = 1.5;
const KEY_PAN = 0.15;

export class SwimlaneRenderer {
  private readonly stage: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly svg: SVGSVGElement;
  private readonly tip: HTMLDivElement;
  private readonly overlay: Overlay;
  private readonly zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly resize: ResizeObserver;
  private input: RendererInput | null = null;
  private index: ChartIndex | null = null;
  private bySeq = new Map<number, TraceEvent>();
  private layout: Layout | null = null;
  private width = 0;
  private dpr = 1;
  private transform: ZoomTransform = zoomIdentity;
  private hover: Hit | null = null;
  private selected: Hit | null = null;
  private frame: number | null = null;
  private destroyed = false;

  constructor(private readonly host: HTMLElement) {
    const doc = host.ownerDocument;
    this.stage = doc.createElement("div");
    this.stage.className = "tl-stage";
    this.canvas = doc.createElement("canvas");
    this.canvas.className = "tl-canvas";
    this.svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
    this.svg.setAttribute("class", "tl-overlay");
    this.svg.setAttribute("aria-hidden", "true");
    this.tip = doc.createElement("div");
    this.tip.className = "tl-tooltip";
    this.tip.hidden = true;
    this.stage.append(this.canvas, this.svg, this.tip);
    host.append(this.stage);
    this.overlay = new Overlay(this.svg);

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .filter((ev: Event) => this.zoomFilter(ev))
      .extent(() => {
        const l = this.ensureLayout();
        return l
          ? [
              [l.plotLeft, 0],
              [l.plotRight, l.height],
            ]
          : [
              [0, 0],
              [1, 1],
            ];
      })
      // Keep the trace covering the plot (no panning off its ends); vertical moves are ignored.
      .constrain((t, extent) => {
        const [left, right] = [extent[0][0], extent[1][0]];
        const x = Math.min(left * (1 - t.k), Math.max(right * (1 - t.k), t.x));
        return x === t.x && t.y === 0 ? t : zoomIdentity.translate(x, 0).scale(t.k);
      })
      .on("zoom", (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = ev.transform;
        this.setHover(null);
        this.schedule();
      });
    select(this.svg).call(this.zoomer).on("dblclick.zoom", null);
    // Vertical swipes scroll the page on touch screens; horizontal ones pan the chart.
    this.svg.style.touchAction = "pan-y";

    this.svg.addEventListener("wheel", this.onWheel, { passive: false });
    this.svg.addEventListener("pointermove", this.onPointerMove);
    this.svg.addEventListener("pointerleave", this.onPointerLeave);
    this.svg.addEventListener("click", this.onClick);
    host.addEventListener("keydown", this.onKeyDown);
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(host);
    this.measure();
  }

  /** New props: redraws on the next frame. A new trace with a different time span resets the zoom. */
  update(input: RendererInput): void {
    const prev = this.input;
    this.input = input;
    const unchanged =
      prev !== null &&
      prev.model === input.model &&
      prev.cursor === input.cursor &&
      prev.highlightLines === input.highlightLines &&
      prev.theme === input.theme &&
      prev.stale === input.stale;
    if (unchanged) return;
    if (!prev || prev.model !== input.model) {
      this.index = indexModel(input.model);
      this.bySeq = new Map(input.events.map((e) => [e.seq, e]));
      this.layout = null;
      this.hover = null;
      this.selected = null;
      this.tip.hidden = true;
      if (!prev || prev.model.start !== input.model.start || prev.model.end !== input.model.end) this.resetZoom();
    }
    this.configureZoom();
    this.schedule();
  }

  /** Zooms by `factor` around the plot's pixel `x` (its middle by default), as the keyboard does. */
  zoomBy(factor: number, x?: number): void {
    const l = this.ensureLayout();
    if (!l) return;
    this.zoomer.scaleBy(select(this.svg), factor, [x ?? (l.plotLeft + l.plotRight) / 2, 0]);
  }

  /** Slides the content `dpx` pixels to the right. */
  panBy(dpx: number): void {
    this.zoomer.translateBy(select(this.svg), dpx / this.transform.k, 0);
  }

  /** Back to the whole trace. */
  resetZoom(): void {
    this.zoomer.transform(select(this.svg), zoomIdentity);
  }

  /** Stops everything and removes what it added to the host. */
  destroy(): void {
    this.destroyed = true;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    select(this.svg).on(".zoom", null);
    this.svg.removeEventListener("wheel", this.onWheel);
    this.svg.removeEventListener("pointermove", this.onPointerMove);
    this.svg.removeEventListener("pointerleave", this.onPointerLeave);
    this.svg.removeEventListener("click", this.onClick);
    this.host.removeEventListener("keydown", this.onKeyDown);
    this.stage.remove();
  }

  /** The frame as it would be drawn now, or null before there is a trace and a width. */
  view(): View | null {
    const input = this.input;
    const layout = this.ensureLayout();
    if (!input || !layout || !this.index) return null;
    const base = baseScale(input.model, layout);
    return {
      index: this.index,
      layout,
      scale: base.transformed(this.transform.k, this.transform.x),
      palette: paletteFor(input.theme),
      cursor: input.cursor,
      highlight: input.highlightLines,
    };
  }

  private ensureLayout(): Layout | null {
    if (!this.input || this.width <= 0) return null;
    if (!this.layout || this.layout.width !== this.width) this.layout = layoutLanes(this.input.model.lanes, this.width);
    return this.layout;
  }

  private configureZoom(): void {
    const l = this.ensureLayout();
    if (!l || !this.input) return;
    const m = this.input.model;
    const usPerPx = Math.max(m.end - m.start, 1000) / (l.plotRight - l.plotLeft);
    this.zoomer.scaleExtent([1, Math.max(1, usPerPx / FINEST_US_PER_PX)]);
  }

  private measure(): void {
    const w = Math.floor(this.host.clientWidth);
    if (w !== this.width) {
      this.width = w;
      this.configureZoom();
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.frame !== null || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.draw();
    });
  }

  private draw(): void {
    const view = this.view();
    if (!view) return;
    const { width, height } = view.layout;
    const dpr = globalThis.devicePixelRatio || 1;
    if (
      this.canvas.width !== Math.round(width * dpr) ||
      this.canvas.height !== Math.round(height * dpr) ||
      dpr !== this.dpr
    ) {
      this.dpr = dpr;
      this.canvas.width = Math.round(width * dpr);
      this.canvas.height = Math.round(height * dpr);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
      this.stage.style.height = `${height}px`;
    }
    const ctx = this.canvas.getContext("2d");
    if (ctx) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawSwimlane(ctx, view);
    }
    this.overlay.render(view, this.hover, this.selected);
    this.input?.onDrawn?.();
  }

  private zoomFilter(ev: Event): boolean {
    const l = this.layout;
    if (ev.type === "wheel") {
      const w = ev as WheelEvent;
      // Horizontal wheels pan (onWheel); over the label column the page scrolls.
      if (Math.abs(w.deltaX) > Math.abs(w.deltaY)) return false;
      return !!l && pointer(ev, this.svg)[0] >= l.plotLeft;
    }
    const m = ev as MouseEvent;
    return !m.ctrlKey && !m.button;
  }

  private readonly onWheel = (ev: WheelEvent): void => {
    if (Math.abs(ev.deltaX) <= Math.abs(ev.deltaY)) return;
    ev.preventDefault();
    this.panBy(-ev.deltaX * (ev.deltaMode === 1 ? 20 : 1));
  };

  private readonly onPointerMove = (ev: PointerEvent): void => {
    const view = this.view();
    if (!view || ev.buttons !== 0) return this.setHover(null);
    const [x, y] = pointer(ev, this.svg);
    const hit = hitTest(view, x, y);
    this.setHover(hit);
    if (hit) this.showTip(hit, x, y, view.layout);
  };

  private readonly onPointerLeave = (): void => this.setHover(null);

  private readonly onClick = (ev: MouseEvent): void => {
    const view = this.view();
    if (!view) return;
    const [x, y] = pointer(ev, this.svg);
    const hit = hitTest(view, x, y);
    this.selected = hit;
    this.overlay.render(view, this.hover, this.selected);
    if (hit) this.input?.onSelectEvent?.(hitEvent(hit));
  };

  private readonly onKeyDown = (ev: KeyboardEvent): void => {
    const l = this.ensureLayout();
    if (!l) return;
    const width = l.plotRight - l.plotLeft;
    switch (ev.key) {
      case "+":
      case "=":
        this.zoomBy(KEY_ZOOM);
        break;
      case "-":
      case "_":
        this.zoomBy(1 / KEY_ZOOM);
        break;
      case "ArrowLeft":
        this.panBy(width * KEY_PAN);
        break;
      case "ArrowRight":
        this.panBy(-width * KEY_PAN);
        break;
      case "0":
      case "Home":
        this.resetZoom();
        break;
      case "Escape":
        this.selected = null;
        this.setHover(null);
        this.schedule();
        break;
      default:
        return;
    }
    ev.preventDefault();
  };

  private setHover(hit: Hit | null): void {
    const same =
      hit === this.hover ||
      (hit !== null &&
        this.hover !== null &&
        (hit.type === "span" ? hit.span : hit.marker) ===
          (this.hover.type === "span" ? this.hover.span : this.hover.marker));
    if (!hit) this.tip.hidden = true;
    if (same) return;
    this.hover = hit;
    const view = this.view();
    if (view) this.overlay.render(view, this.hover, this.selected);
  }

  private showTip(hit: Hit, x: number, y: number, layout: Layout): void {
    const text = describeHit(hit, (seq) => this.bySeq.get(seq));
    const title = this.tip.ownerDocument.createElement("div");
    title.className = "tl-tooltip-title";
    title.textContent = text.title;
    const rows = text.lines.map((line) => {
      const d = this.tip.ownerDocument.createElement("div");
      d.textContent = line;
      return d;
    });
    this.tip.replaceChildren(title, ...rows);
    this.tip.hidden = false;
    const tw = this.tip.offsetWidth;
    const th = this.tip.offsetHeight;
    const left = x + 14 + tw > layout.width ? Math.max(0, x - 14 - tw) : x + 14;
    const top = y + 14 + th > layout.height + 40 ? Math.max(0, y - 10 - th) : y + 14;
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }
}

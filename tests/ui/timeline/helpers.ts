/**
 * Test helpers for the chart: views of real runs (no DOM), and a fake 2D context
 * that records what is drawn with which style.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runScenario } from "../../../src/runtime";
import { parseScenario, type Release } from "../../../src/scenario";
import { TimeScale } from "../../../src/trace/scale";
import { spans } from "../../../src/trace/spans";
import type { TraceEvent } from "../../../src/trace/types";
import { layoutLanes } from "../../../src/ui/timeline/layout";
import { paletteFor } from "../../../src/ui/timeline/palette";
import type { DrawContext } from "../../../src/ui/timeline/text";
import { baseScale, indexModel, type View } from "../../../src/ui/timeline/view";

const SCENARIOS = join(__dirname, "..", "..", "conformance", "scenarios");

/** The trace of a conformance scenario under a release. */
export function trace(name: string, release: Release = "6.5"): readonly TraceEvent[] {
  const { scenario } = parseScenario(readFileSync(join(SCENARIOS, `${name}.py`), "utf8"));
  return runScenario({ ...scenario, tornado: release }).events;
}

export interface ViewOptions {
  width?: number;
  theme?: "light" | "dark";
  cursor?: number | null;
  highlight?: number[];
  /** Shows only this time window (µs) instead of the whole trace. */
  window?: [number, number];
}

/** The view of a trace as the renderer would build it at `width` CSS pixels. */
export function viewOf(events: readonly TraceEvent[], opts: ViewOptions = {}): View {
  const model = spans(events);
  const layout = layoutLanes(model.lanes, opts.width ?? 1000);
  let scale = baseScale(model, layout);
  if (opts.window) scale = new TimeScale(opts.window[0], opts.window[1], layout.plotLeft, layout.plotRight);
  return {
    index: indexModel(model),
    layout,
    scale,
    palette: paletteFor(opts.theme ?? "light"),
    cursor: opts.cursor ?? null,
    highlight: new Set(opts.highlight ?? []),
  };
}

/** One recorded drawing call with the style in force when it was made. */
export interface Call {
  readonly op: string;
  readonly args: readonly unknown[];
  readonly fillStyle: string;
  readonly strokeStyle: string;
  readonly lineWidth: number;
  readonly font: string;
}

/** A 2D context that records calls; text is 6 px a character wide. */
export class RecordingContext {
  readonly calls: Call[] = [];
  fillStyle = "#000000";
  strokeStyle = "#000000";
  lineWidth = 1;
  font = "10px sans-serif";
  textAlign: CanvasTextAlign = "start";
  textBaseline: CanvasTextBaseline = "alphabetic";
  globalAlpha = 1;
  private readonly stack: Pick<RecordingContext, "fillStyle" | "strokeStyle" | "lineWidth" | "font">[] = [];

  private rec(op: string, args: unknown[]): void {
    const { fillStyle, strokeStyle, lineWidth, font } = this;
    this.calls.push({ op, args, fillStyle, strokeStyle, lineWidth, font });
  }
  save(): void {
    this.stack.push({
      fillStyle: this.fillStyle,
      strokeStyle: this.strokeStyle,
      lineWidth: this.lineWidth,
      font: this.font,
    });
  }
  restore(): void {
    Object.assign(this, this.stack.pop());
  }
  measureText(text: string): TextMetrics {
    return { width: text.length * 6 } as TextMetrics;
  }
  beginPath(): void {}
  closePath(): void {}
  clip(): void {}
  setLineDash(): void {}
  rect(...a: number[]): void {
    this.rec("rect", a);
  }
  moveTo(...a: number[]): void {
    this.rec("moveTo", a);
  }
  lineTo(...a: number[]): void {
    this.rec("lineTo", a);
  }
  arc(...a: number[]): void {
    this.rec("arc", a);
  }
  fill(): void {
    this.rec("fill", []);
  }
  stroke(): void {
    this.rec("stroke", []);
  }
  fillRect(...a: number[]): void {
    this.rec("fillRect", a);
  }
  strokeRect(...a: number[]): void {
    this.rec("strokeRect", a);
  }
  fillText(text: string, x: number, y: number): void {
    this.rec("fillText", [text, x, y]);
  }

  /** This object as the context type drawing takes. */
  get ctx(): DrawContext {
    return this as unknown as DrawContext;
  }

  /** The calls of one kind. */
  ops(op: string): Call[] {
    return this.calls.filter((c) => c.op === op);
  }

  /** The texts drawn. */
  texts(): string[] {
    return this.ops("fillText").map((c) => c.args[0] as string);
  }
}

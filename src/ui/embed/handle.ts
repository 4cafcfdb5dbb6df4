/**
 * What the embed page exposes as `window.__playgroundEmbed`, so end-to-end tests and
 * the benchmark wait on explicit signals instead of sleeping (e2e/README.md).
 */

/** The embed's test handle. */
export interface EmbedHandle {
  /** True when no run is due or in flight and the chart (if shown) has drawn the newest run. */
  idle(): boolean;
  /** Resolves when {@link idle} next holds (at once if it does). */
  whenIdle(): Promise<void>;
  /** The scenario text the embed shows (edits included). */
  getCode(): string;
  /** How many times the chart has drawn. */
  readonly chartDraws: number;
  /** The last height posted to the parent page; null when not in a frame. */
  readonly postedHeight: number | null;
  /** True once Monaco is on screen (after Edit). */
  readonly editorReady: boolean;
}

declare global {
  interface Window {
    __playgroundEmbed?: EmbedHandle;
  }
}

/** What the embed reports about its run. */
export interface EmbedRunState {
  readonly running: boolean;
  /** The version of the trace shown; the chart must draw it before the embed is idle. */
  readonly version: number;
  /** False when no chart will be drawn (the code-only view, or no trace). */
  readonly expectsChart: boolean;
  readonly code: string;
}

/**
 * The embed's signals: the page reports into it; tests and the benchmark read it
 * through the {@link EmbedHandle} it implements. One per page, made by the entry.
 */
export class EmbedSignals implements EmbedHandle {
  private state: EmbedRunState = { running: false, version: 0, expectsChart: false, code: "" };
  private drawnVersion = 0;
  private waiters: (() => void)[] = [];
  chartDraws = 0;
  postedHeight: number | null = null;
  editorReady = false;

  idle(): boolean {
    const s = this.state;
    return !s.running && (!s.expectsChart || this.drawnVersion >= s.version);
  }

  whenIdle(): Promise<void> {
    return this.idle() ? Promise.resolve() : new Promise<void>((r) => this.waiters.push(r));
  }

  getCode(): string {
    return this.state.code;
  }

  /** The run's state changed. */
  report(state: EmbedRunState): void {
    this.state = state;
    this.wake();
  }

  /** The chart drew the run of `version`. */
  drawn(version: number): void {
    this.chartDraws += 1;
    if (this.chartDraws === 1) performance.mark("embed:first-chart");
    this.drawnVersion = Math.max(this.drawnVersion, version);
    this.wake();
  }

  /** The height last posted to the parent page. */
  posted(height: number): void {
    this.postedHeight = height;
  }

  /** Monaco is on screen. */
  editorShown(): void {
    this.editorReady = true;
  }

  private wake(): void {
    if (!this.idle() || this.waiters.length === 0) return;
    const ready = this.waiters;
    this.waiters = [];
    for (const r of ready) r();
  }
}

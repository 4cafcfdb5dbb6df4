/**
 * Runs the embed's scenario in the run worker (../../worker) and keeps the newest
 * run's trace. No store: the embed shows one scenario and nothing else. Made by the
 * entry before React renders, so the worker loads (and an autoplay run starts)
 * while the page is still rendering; views read it with {@link useEmbedRun}.
 */
import { useSyncExternalStore } from "react";
import type { Release } from "../../scenario";
import type { TraceEvent } from "../../trace/types";
import { RunClient, type ClientEvent, type EditorDiagnostic } from "../../worker";

/** Where the embed's run stands. */
export interface EmbedRun {
  /** `idle` before the first run (autoplay off), then `running` or `done`. */
  readonly status: "idle" | "running" | "done";
  /** The trace of the newest run that produced one; empty before. */
  readonly events: readonly TraceEvent[];
  /** Increments with each finished run. */
  readonly version: number;
  /** The `version` of the run whose trace `events` is; a run that produced none
   * (a syntax error) leaves both the trace and this as they were. */
  readonly eventsVersion: number;
  /** For people: why the newest run produced no trace (a syntax error, a stopped worker); null otherwise. */
  readonly problem: string | null;
}

/** Owns the run worker of one embed page. */
export class EmbedRunner {
  private state: EmbedRun = { status: "idle", events: [], version: 0, eventsVersion: 0, problem: null };
  private readonly listeners = new Set<() => void>();
  private readonly client: RunClient;
  private pending: { events: TraceEvent[]; diagnostics: readonly EditorDiagnostic[] } = {
    events: [],
    diagnostics: [],
  };

  /** `release` overrides the scenario's `# tornado:` line for every run (null: as written). */
  constructor(private readonly release: Release | null) {
    this.client = new RunClient((e) => this.receive(e));
    this.client.warmUp();
  }

  /** Runs `code`; a newer call supersedes an older run. */
  run(code: string): void {
    this.pending = { events: [], diagnostics: [] };
    this.set({ ...this.state, status: "running" });
    this.client.run(code, this.release ?? undefined);
  }

  getState = (): EmbedRun => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: EmbedRun): void {
    this.state = state;
    for (const l of this.listeners) l();
  }

  private receive(e: ClientEvent): void {
    const r = this.state;
    if (e.type === "failed") {
      this.set({ ...r, status: "done", version: r.version + 1, problem: e.message });
      return;
    }
    const m = e.message;
    switch (m.type) {
      case "diagnostics":
        this.pending = { events: [], diagnostics: m.diagnostics };
        break;
      case "events":
        this.pending.events.push(...m.events);
        break;
      case "done": {
        const { events, diagnostics } = this.pending;
        this.pending = { events: [], diagnostics: [] };
        const problem =
          m.outcome === "syntax-error"
            ? diagnostics
                .filter((d) => d.severity === "error")
                .map((d) => `line ${d.line}: ${d.message}`)
                .join("; ") || "the code does not compile"
            : m.outcome === "crashed"
              ? `the engine failed: ${m.error ?? "no message"}`
              : null;
        // A text that does not compile keeps the last chart.
        const kept = m.outcome === "syntax-error";
        this.set({
          status: "done",
          events: kept ? r.events : events,
          version: r.version + 1,
          eventsVersion: kept ? r.eventsVersion : r.version + 1,
          problem,
        });
        break;
      }
      default:
        break;
    }
  }
}

/** The runner's state, re-rendering on every change. */
export function useEmbedRun(runner: EmbedRunner): EmbedRun {
  return useSyncExternalStore(runner.subscribe, runner.getState);
}

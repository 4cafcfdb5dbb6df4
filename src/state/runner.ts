/**
 * The run controller: runs the scenario when the page starts, after every edit once
 * typing pauses, and on demand (Ctrl/Cmd+Enter, the Run button), and gathers the
 * worker's messages into one result per run for the store.
 */
import type { TraceEvent } from "../trace";
import { RunClient, type ClientEvent, type EditorDiagnostic } from "../worker";
import type { PlaygroundStore } from "./store";

/** The pause after the last keystroke before a run starts. */
export const RUN_DEBOUNCE_MS = 120;

/** What started a run: the page opening, an edit after the pause, or the user. */
export type RunCause = "start" | "edit" | "user";

/** The part of {@link RunClient} the controller uses. */
export interface RunClientLike {
  run(source: string): number;
  warmUp?(): void;
  dispose(): void;
}

/** Options of {@link startRunner}. */
export interface RunnerOptions {
  /** Makes the worker client; the default spawns the real worker. */
  createClient?: (onEvent: (e: ClientEvent) => void) => RunClientLike;
  debounceMs?: number;
  /** A monotonic clock in milliseconds. */
  now?: () => number;
  /** Called as each run is sent (the page sets a performance mark here). */
  onTrigger?: (id: number, cause: RunCause) => void;
  /** Called once the newest run's result (or failure) is in the store. */
  onResult?: (id: number) => void;
}

/** A running controller. */
export interface Runner {
  /** Runs the current text now, cancelling the pending pause. */
  runNow(cause?: RunCause): void;
  /** Stops listening and terminates the worker. */
  dispose(): void;
}

interface Gathering {
  id: number;
  events: TraceEvent[];
  stdout: string;
  diagnostics: readonly EditorDiagnostic[];
}

/** Connects `store` to a run worker and starts the first run. */
export function startRunner(store: PlaygroundStore, options: RunnerOptions = {}): Runner {
  const debounceMs = options.debounceMs ?? RUN_DEBOUNCE_MS;
  const now = options.now ?? (() => performance.now());
  let gathering: Gathering | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const onEvent = (e: ClientEvent): void => {
    if (e.type === "failed") {
      if (gathering?.id === e.id) gathering = null;
      store.getState().runFailed(e.id, e.message);
      options.onResult?.(e.id);
      return;
    }
    const m = e.message;
    if (m.type === "ready" || m.type === "pong" || gathering === null || m.id !== gathering.id) return;
    switch (m.type) {
      case "diagnostics":
        gathering.diagnostics = m.diagnostics;
        break;
      case "events":
        for (const ev of m.events) gathering.events.push(ev);
        break;
      case "stdout":
        gathering.stdout += m.text;
        break;
      case "done": {
        const g = gathering;
        gathering = null;
        store.getState().runFinished({
          id: g.id,
          outcome: m.outcome,
          events: g.events,
          stdout: g.stdout,
          diagnostics: g.diagnostics,
          timings: m.timings,
          error: m.error,
        });
        options.onResult?.(g.id);
        break;
      }
      default:
        assertNever(m);
    }
  };

  const client = (options.createClient ?? ((cb) => new RunClient(cb)))(onEvent);

  const runNow = (cause: RunCause = "user"): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const id = client.run(store.getState().code);
    gathering = { id, events: [], stdout: "", diagnostics: [] };
    store.getState().runStarted(id, now());
    options.onTrigger?.(id, cause);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.code === prev.code) return;
    if (timer !== null) clearTimeout(timer);
    if (!s.runPending) s.setRunPending(true);
    timer = setTimeout(() => runNow("edit"), debounceMs);
  });

  runNow("start");

  return {
    runNow,
    dispose: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
      client.dispose();
    },
  };
}

function assertNever(x: never): never {
  throw new Error(`unhandled worker message ${JSON.stringify(x)}`);
}

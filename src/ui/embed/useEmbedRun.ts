/**
 * Runs the embed's scenario in the run worker (../../worker) and keeps the newest
 * run's trace. No store: the embed shows one scenario and nothing else.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Release } from "../../scenario";
import type { TraceEvent } from "../../trace/types";
import { RunClient, type ClientEvent, type EditorDiagnostic } from "../../worker";

/** Where the embed's run stands. */
export interface EmbedRun {
  /** `idle` before the first run (autoplay off), then `running` or `done`. */
  readonly status: "idle" | "running" | "done";
  /** The trace of the newest finished run; empty before. */
  readonly events: readonly TraceEvent[];
  /** Increments with each finished run. */
  readonly version: number;
  /** The `version` of the run whose trace `events` is; a run that produced none
   * (a syntax error) leaves both the trace and this as they were. */
  readonly eventsVersion: number;
  /** For people: why the newest run produced no trace (a syntax error, a stopped worker); null otherwise. */
  readonly problem: string | null;
}

/** The run state and a function that runs `code` (the newest call wins). */
export function useEmbedRun(release: Release | null): [EmbedRun, (code: string) => void] {
  const [run, setRun] = useState<EmbedRun>({
    status: "idle",
    events: [],
    version: 0,
    eventsVersion: 0,
    problem: null,
  });
  const client = useRef<RunClient | null>(null);
  const pending = useRef<{ events: TraceEvent[]; diagnostics: readonly EditorDiagnostic[] }>({
    events: [],
    diagnostics: [],
  });

  useEffect(() => {
    const onEvent = (e: ClientEvent) => {
      if (e.type === "failed") {
        setRun((r) => ({ ...r, status: "done", version: r.version + 1, problem: e.message }));
        return;
      }
      const m = e.message;
      switch (m.type) {
        case "diagnostics":
          pending.current = { events: [], diagnostics: m.diagnostics };
          break;
        case "events":
          pending.current.events.push(...m.events);
          break;
        case "done": {
          const { events, diagnostics } = pending.current;
          pending.current = { events: [], diagnostics: [] };
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
          setRun((r) => ({
            status: "done",
            events: kept ? r.events : events,
            version: r.version + 1,
            eventsVersion: kept ? r.eventsVersion : r.version + 1,
            problem,
          }));
          break;
        }
        default:
          break;
      }
    };
    const c = new RunClient(onEvent);
    client.current = c;
    c.warmUp();
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);

  const start = useCallback(
    (code: string) => {
      pending.current = { events: [], diagnostics: [] };
      setRun((r) => ({ ...r, status: "running" }));
      client.current?.run(code, release ?? undefined);
    },
    [release],
  );
  return [run, start];
}

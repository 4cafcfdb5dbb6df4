import { useCallback, useEffect, useRef } from "react";
import { startRunner, type PlaygroundStore, type Runner } from "../state";
import { markRunResult, markRunTrigger } from "./perfMarks";
import type { RunNow } from "./runnerContext";

/**
 * Starts the run controller for the page's lifetime (it runs the text at once,
 * then after every edit) and returns the function that runs now.
 */
export function useRunner(store: PlaygroundStore): RunNow {
  const runner = useRef<Runner | null>(null);
  useEffect(() => {
    const r = startRunner(store, { onTrigger: markRunTrigger, onResult: markRunResult });
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [store]);
  return useCallback((cause) => runner.current?.runNow(cause), []);
}

/** Ctrl/Cmd+Enter anywhere on the page runs (the editor handles it itself when focused). */
export function useRunShortcut(runNow: RunNow): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      runNow("user");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [runNow]);
}

import { createContext, useContext } from "react";
import type { RunCause } from "../state";

/** Starts a run of the current text now (the Run button, Ctrl/Cmd+Enter). */
export type RunNow = (cause?: RunCause) => void;

/** The page's run trigger; provided by the App once the run controller is up. */
export const RunnerContext = createContext<RunNow>(() => {});

/** The run trigger. */
export function useRunNow(): RunNow {
  return useContext(RunnerContext);
}

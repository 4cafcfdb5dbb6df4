import type { StateCreator } from "zustand";
import type { PlaygroundState } from "./store";

/** The Tornado releases whose behaviour the playground reproduces. */
export const TORNADO_RELEASES = ["3.2", "4.5", "5.1", "6.5"] as const;

/** One of {@link TORNADO_RELEASES}. */
export type TornadoRelease = (typeof TORNADO_RELEASES)[number];

/** The release used when the scenario names none. */
export const DEFAULT_RELEASE: TornadoRelease = "6.5";

/** The scenario being edited: its text and the Tornado release it runs under. */
export interface ScenarioSlice {
  /** The scenario text, exactly as the editor holds it. */
  code: string;
  /** The release the release selector shows. */
  release: TornadoRelease;
  setCode(code: string): void;
  setRelease(release: TornadoRelease): void;
}

/** True when `value` names a supported release. */
export function isTornadoRelease(value: string): value is TornadoRelease {
  return (TORNADO_RELEASES as readonly string[]).includes(value);
}

/** Builds the scenario slice, starting from `initialCode`. */
export function scenarioSlice(initialCode: string): StateCreator<PlaygroundState, [], [], ScenarioSlice> {
  return (set) => ({
    code: initialCode,
    release: DEFAULT_RELEASE,
    setCode: (code) => set({ code }),
    setRelease: (release) => set({ release }),
  });
}

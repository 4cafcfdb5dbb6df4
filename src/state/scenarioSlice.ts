import type { StateCreator } from "zustand";
import { DEFAULT_RELEASE, RELEASES, isRelease, parseScenario, setRelease, type Release } from "../scenario";
import type { PlaygroundState } from "./store";

/** The Tornado releases whose behaviour the playground reproduces. */
export const TORNADO_RELEASES = RELEASES;

/** One of {@link TORNADO_RELEASES}. */
export type TornadoRelease = Release;

export { DEFAULT_RELEASE };

/**
 * The scenario being edited. The text is the one source of truth: the release is
 * read from its `# tornado:` line, and choosing a release edits that line.
 */
export interface ScenarioSlice {
  /** The scenario text, exactly as the editor holds it. */
  code: string;
  /** The release the text names (its last valid `# tornado:` line), or the default. */
  release: TornadoRelease;
  /** Replaces the text; the release follows it. */
  setCode(code: string): void;
  /** Rewrites (or inserts) the text's `# tornado:` line. */
  setRelease(release: TornadoRelease): void;
}

/** True when `value` names a supported release. */
export function isTornadoRelease(value: string): value is TornadoRelease {
  return isRelease(value);
}

/** The release a scenario text runs under. */
export function releaseOf(code: string): TornadoRelease {
  return parseScenario(code).scenario.tornado;
}

/** Builds the scenario slice, starting from `initialCode`. */
export function scenarioSlice(initialCode: string): StateCreator<PlaygroundState, [], [], ScenarioSlice> {
  return (set, get) => ({
    code: initialCode,
    release: releaseOf(initialCode),
    setCode: (code) => {
      if (code === get().code) return;
      set({ code, release: releaseOf(code) });
    },
    setRelease: (release) => get().setCode(setRelease(get().code, release)),
  });
}

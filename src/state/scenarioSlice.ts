import type { StateCreator } from "zustand";
import { DEFAULT_RELEASE, RELEASES, isRelease, parseScenario, setRelease, type Release } from "../scenario";
import { DEFAULT_CODE } from "./defaultCode";
import type { PlaygroundState } from "./store";

/** The Tornado releases whose behaviour the playground reproduces. */
export const TORNADO_RELEASES = RELEASES;

/** One of {@link TORNADO_RELEASES}. */
export type TornadoRelease = Release;

export { DEFAULT_RELEASE };

/** The user's text, moved out of the editor when a link or an example replaced it. */
export interface SetAsideDraft {
  readonly code: string;
  /** What replaced it, for people: "a shared link was opened". */
  readonly reason: string;
}

/**
 * The scenario being edited. The text is the one source of truth: the release is
 * read from its `# tornado:` line, and choosing a release edits that line.
 *
 * Text opened from elsewhere (a share link, a gallery example) never overwrites the
 * user's own work: what the editor held is set aside, kept until the user restores
 * or discards it.
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
  /** The user's text that {@link openScenario} replaced, or null. */
  setAside: SetAsideDraft | null;
  /**
   * Shows `code` in the editor. The text it replaces is set aside unless nothing of
   * the user's would be lost: it is empty, the opening text, or the text last opened
   * and not edited since. `reason` says what replaced it.
   */
  openScenario(code: string, reason: string): void;
  /** Puts the set-aside text back in the editor; the text it replaces is set aside in turn if it is the user's. */
  restoreSetAside(): void;
  /** Drops the set-aside text. */
  discardSetAside(): void;
}

/** Whether replacing `current` loses nothing the user wrote. */
function disposable(current: string, lastOpened: string | null): boolean {
  return current.trim() === "" || current === DEFAULT_CODE || current === lastOpened;
}

/** True when `value` names a supported release. */
export function isTornadoRelease(value: string): value is TornadoRelease {
  return isRelease(value);
}

/** The release a scenario text runs under. */
export function releaseOf(code: string): TornadoRelease {
  return parseScenario(code).scenario.tornado;
}

/** Builds the scenario slice, starting from `initialCode` (and a text set aside earlier, if any). */
export function scenarioSlice(
  initialCode: string,
  initialSetAside: SetAsideDraft | null = null,
): StateCreator<PlaygroundState, [], [], ScenarioSlice> {
  // The text last put in the editor by openScenario: replacing it unedited loses nothing.
  let lastOpened: string | null = null;
  return (set, get) => ({
    code: initialCode,
    release: releaseOf(initialCode),
    setAside: initialSetAside,
    setCode: (code) => {
      if (code === get().code) return;
      set({ code, release: releaseOf(code) });
    },
    setRelease: (release) => get().setCode(setRelease(get().code, release)),
    openScenario: (code, reason) => {
      const current = get().code;
      if (code !== current && !disposable(current, lastOpened)) set({ setAside: { code: current, reason } });
      lastOpened = code;
      get().setCode(code);
    },
    restoreSetAside: () => {
      const aside = get().setAside;
      if (aside === null) return;
      // The two swap: edits made since (to an example, say) are set aside in turn.
      const current = get().code;
      const keep = current !== aside.code && !disposable(current, lastOpened);
      lastOpened = null;
      set({ setAside: keep ? { code: current, reason: "the set-aside draft was restored" } : null });
      get().setCode(aside.code);
    },
    discardSetAside: () => set({ setAside: null }),
  });
}

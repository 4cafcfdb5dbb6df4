// Public face of the store: views import from here, never from zustand.
export { DEFAULT_CODE } from "./defaultCode";
export {
  DEFAULT_RELEASE,
  TORNADO_RELEASES,
  isTornadoRelease,
  releaseOf,
  type ScenarioSlice,
  type SetAsideDraft,
  type TornadoRelease,
} from "./scenarioSlice";
export type { RunResult, RunSlice, RunStatus } from "./runSlice";
export type { PlaybackSlice } from "./playbackSlice";
export {
  PLAYBACK_SPEEDS,
  PLAY_DURATION_MS,
  advance,
  eventAtCursor,
  lineOf,
  stepTime,
  stopTimes,
  timeRange,
  type PlaybackSpeed,
} from "./playback";
export * from "./selectors";
export { createPlaygroundStore, type PlaygroundState, type PlaygroundStore, type StoreOptions } from "./store";
export {
  effectiveTheme,
  toggledTheme,
  type SelectedEvent,
  type ShownExample,
  type Theme,
  type ThemeChoice,
  type UiSlice,
} from "./uiSlice";
export {
  BROKEN_DRAFT_KEY,
  DRAFT_KEY,
  DRAFT_VERSION,
  SET_ASIDE_KEY,
  loadDraft,
  saveDraft,
  type StorageLike,
} from "./draft";
export { THEME_KEY } from "./persist";
export { RUN_DEBOUNCE_MS, startRunner, type RunCause, type Runner, type RunnerOptions } from "./runner";
export { isIdle, whenIdle } from "./idle";
export { snapshot, type PlaygroundSnapshot } from "./snapshot";

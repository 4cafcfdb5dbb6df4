import type { PlaygroundState } from "./store";

// Selectors keep components subscribed to the one field they draw.

/** The scenario text. */
export const selectCode = (s: PlaygroundState) => s.code;
/** The selected Tornado release. */
export const selectRelease = (s: PlaygroundState) => s.release;
/** The theme choice (`system`, `light`, `dark`). */
export const selectTheme = (s: PlaygroundState) => s.theme;
/** Replaces the scenario text. */
export const selectSetCode = (s: PlaygroundState) => s.setCode;
/** Changes the selected release. */
export const selectSetRelease = (s: PlaygroundState) => s.setRelease;
/** Changes the theme choice. */
export const selectSetTheme = (s: PlaygroundState) => s.setTheme;

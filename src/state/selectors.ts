import type { PlaygroundState } from "./store";

// Selectors keep components subscribed to the fields they draw. Each returns a
// value already in the store (never a new object), so a subscriber re-renders
// only when that value changes.

/** The scenario text. */
export const selectCode = (s: PlaygroundState) => s.code;
/** The release the text names. */
export const selectRelease = (s: PlaygroundState) => s.release;
/** The theme choice (`system`, `light`, `dark`). */
export const selectTheme = (s: PlaygroundState) => s.theme;
/** Replaces the scenario text. */
export const selectSetCode = (s: PlaygroundState) => s.setCode;
/** Changes the release (edits the `# tornado:` line). */
export const selectSetRelease = (s: PlaygroundState) => s.setRelease;
/** The user's text that an opened link or example set aside. */
export const selectSetAside = (s: PlaygroundState) => s.setAside;
/** Opens a scenario from elsewhere, setting the user's text aside. */
export const selectOpenScenario = (s: PlaygroundState) => s.openScenario;
/** Puts the set-aside text back. */
export const selectRestoreSetAside = (s: PlaygroundState) => s.restoreSetAside;
/** Drops the set-aside text. */
export const selectDiscardSetAside = (s: PlaygroundState) => s.discardSetAside;
/** The gallery example last opened, for its explanation. */
export const selectExample = (s: PlaygroundState) => s.example;
/** Shows (or, with null, hides) an example's explanation. */
export const selectSetExample = (s: PlaygroundState) => s.setExample;
/** Changes the theme choice. */
export const selectSetTheme = (s: PlaygroundState) => s.setTheme;

/** Where the newest run stands. */
export const selectRunStatus = (s: PlaygroundState) => s.runStatus;
/** How the newest finished run ended. */
export const selectOutcome = (s: PlaygroundState) => s.outcome;
/** The trace the views show: the newest run whose text compiled. */
export const selectShownEvents = (s: PlaygroundState) => s.lastGood;
/** Whether the shown trace is older than the text. */
export const selectStale = (s: PlaygroundState) => s.stale;
/** The editor's diagnostics. */
export const selectDiagnostics = (s: PlaygroundState) => s.diagnostics;
/** The newest run's timings. */
export const selectTimings = (s: PlaygroundState) => s.timings;
/** A message for people when a run could not finish. */
export const selectRunError = (s: PlaygroundState) => s.runError;
/** Tells the store the chart drew. */
export const selectMarkDrawn = (s: PlaygroundState) => s.markDrawn;

/** The time cursor (null: everything shown). */
export const selectCursor = (s: PlaygroundState) => s.cursor;
/** Whether playback runs. */
export const selectPlaying = (s: PlaygroundState) => s.playing;
/** The playback speed. */
export const selectSpeed = (s: PlaygroundState) => s.speed;

/** The request whose output the console shows, or null for all. */
export const selectConsoleRequest = (s: PlaygroundState) => s.consoleRequest;
/** The event picked in the chart or the table. */
export const selectSelectedEvent = (s: PlaygroundState) => s.selectedEvent;
/** The editor's cursor line. */
export const selectEditorCursorLine = (s: PlaygroundState) => s.editorCursorLine;
/** Whether the table view is open. */
export const selectTableOpen = (s: PlaygroundState) => s.tableOpen;
/** A message about the page itself (the draft). */
export const selectNotice = (s: PlaygroundState) => s.notice;

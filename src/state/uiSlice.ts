import type { StateCreator } from "zustand";
import type { PlaygroundState } from "./store";

/** The colour scheme the user chose; `system` follows `prefers-color-scheme`. */
export type ThemeChoice = "system" | "light" | "dark";

/** The scheme actually shown. */
export type Theme = "light" | "dark";

/** An event picked in the chart or the table: its `seq` and source line. */
export interface SelectedEvent {
  readonly seq: number;
  readonly line: number | null;
}

/** A gallery example whose explanation the page shows beside the chart. */
export interface ShownExample {
  readonly id: string;
  readonly title: string;
  /** What to notice in the chart. */
  readonly explanation: string;
  /** The text as the gallery has it (the page says when it was edited since). */
  readonly source: string;
}

/** Page-level presentation state. */
export interface UiSlice {
  theme: ThemeChoice;
  /** The console shows only this request's output; null shows everything. */
  consoleRequest: number | null;
  /** The event picked in the chart or the table; the editor highlights its line. */
  selectedEvent: SelectedEvent | null;
  /** The editor's cursor line (1-based): the chart highlights that line's events. */
  editorCursorLine: number | null;
  /** Whether the table view of the events is open. */
  tableOpen: boolean;
  /** A message for people about the page itself (a draft that could not be read or saved). */
  notice: string | null;
  /** The gallery example last opened, until dismissed or another text is opened. */
  example: ShownExample | null;
  setTheme(theme: ThemeChoice): void;
  setConsoleRequest(request: number | null): void;
  selectEvent(event: SelectedEvent | null): void;
  setEditorCursorLine(line: number | null): void;
  setTableOpen(open: boolean): void;
  setNotice(notice: string | null): void;
  setExample(example: ShownExample | null): void;
}

/** Builds the UI slice; the page starts by following the system scheme. */
export const uiSlice: StateCreator<PlaygroundState, [], [], UiSlice> = (set) => ({
  theme: "system",
  consoleRequest: null,
  selectedEvent: null,
  editorCursorLine: null,
  tableOpen: false,
  notice: null,
  example: null,
  setTheme: (theme) => set({ theme }),
  setConsoleRequest: (consoleRequest) => set({ consoleRequest }),
  selectEvent: (selectedEvent) => set({ selectedEvent }),
  setEditorCursorLine: (editorCursorLine) => set({ editorCursorLine }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setNotice: (notice) => set({ notice }),
  setExample: (example) => set({ example }),
});

/** The scheme shown for a choice, given whether the system prefers dark. */
export function effectiveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === "system") return systemPrefersDark ? "dark" : "light";
  return choice;
}

/** The opposite of the scheme now shown: what the theme toggle switches to. */
export function toggledTheme(shown: Theme): Theme {
  return shown === "dark" ? "light" : "dark";
}

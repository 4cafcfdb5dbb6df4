import type { StateCreator } from "zustand";
import type { PlaygroundState } from "./store";

/** The colour scheme the user chose; `system` follows `prefers-color-scheme`. */
export type ThemeChoice = "system" | "light" | "dark";

/** The scheme actually shown. */
export type Theme = "light" | "dark";

/** Page-level presentation state. */
export interface UiSlice {
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
}

/** Builds the UI slice; the page starts by following the system scheme. */
export const uiSlice: StateCreator<PlaygroundState, [], [], UiSlice> = (set) => ({
  theme: "system",
  setTheme: (theme) => set({ theme }),
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

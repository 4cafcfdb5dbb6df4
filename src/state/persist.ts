/**
 * Keeping the draft and the theme choice across reloads: what a new store starts
 * from, and a subscription that writes every change.
 */
import { loadDraft, loadSetAside, saveDraft, saveSetAside, type StorageLike } from "./draft";
import type { SetAsideDraft } from "./scenarioSlice";
import type { PlaygroundStore } from "./store";
import type { ThemeChoice } from "./uiSlice";

/** Where the theme choice lives. */
export const THEME_KEY = "tornado-playground/theme";

/** The page's localStorage, or null where there is none or it may not be used (a sandboxed frame). */
export function browserStorage(): StorageLike | null {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** What a store starts from: the saved text and theme, and whether edits may be saved. */
export interface Restored {
  readonly code: string | null;
  readonly setAside: SetAsideDraft | null;
  readonly theme: ThemeChoice | null;
  readonly notice: string | null;
  readonly canSave: boolean;
}

/** Reads what was saved. Never throws. */
export function restore(storage: StorageLike): Restored {
  const draft = loadDraft(storage);
  let theme: ThemeChoice | null = null;
  try {
    const t = storage.getItem(THEME_KEY);
    if (t === "light" || t === "dark" || t === "system") theme = t;
  } catch {
    // An unreadable theme choice costs nothing: the page follows the system.
  }
  return { ...draft, setAside: loadSetAside(storage), theme };
}

/**
 * Saves the text (and the text set aside) on every change (synchronously: a few kilobytes cost well under a
 * millisecond, and nothing typed is lost to a crash between keystrokes) and the
 * theme choice. A failed save is reported through the store's notice. Returns the
 * unsubscribe function.
 */
export function persist(store: PlaygroundStore, storage: StorageLike, canSave: boolean): () => void {
  return store.subscribe((s, prev) => {
    if (s.code !== prev.code && canSave) {
      const error = saveDraft(storage, s.code);
      if (error !== null && s.notice !== error) s.setNotice(error);
    }
    if (s.setAside !== prev.setAside) {
      const error = saveSetAside(storage, s.setAside);
      if (error !== null && s.notice !== error) s.setNotice(error);
    }
    if (s.theme !== prev.theme) {
      try {
        storage.setItem(THEME_KEY, s.theme);
      } catch {
        // Losing the theme choice is harmless; the draft's failures are the ones reported.
      }
    }
  });
}

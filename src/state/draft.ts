/**
 * The draft kept in localStorage, so a reload (or a crash) loses nothing.
 *
 * Stored as JSON `{"v": 1, "code": "..."}` under {@link DRAFT_KEY}. A value that
 * cannot be read (damaged, or written by a newer version) is never dropped
 * silently: it is copied to a backup key first, and the page says where. The text
 * an opened link or example replaced is kept beside it under {@link SET_ASIDE_KEY}.
 */
import type { SetAsideDraft } from "./scenarioSlice";

/** The part of `Storage` the draft uses (tests pass a map). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Where the draft lives. */
export const DRAFT_KEY = "tornado-playground/draft";
/** Where a draft that could not be read is kept. */
export const BROKEN_DRAFT_KEY = "tornado-playground/draft-unreadable";
/** The record version this code writes and reads. */
export const DRAFT_VERSION = 1;

/** Where the text set aside by an opened link or example lives (`{"v": 1, "code", "reason"}`). */
export const SET_ASIDE_KEY = "tornado-playground/draft-set-aside";

/** What loading found. */
export interface LoadedDraft {
  /** The saved text, or null when there is none (or it could not be read). */
  readonly code: string | null;
  /** For people, when something was wrong; null otherwise. */
  readonly notice: string | null;
  /** False when saving would overwrite text that could not be backed up. */
  readonly canSave: boolean;
}

/** Reads the saved draft. Never throws. */
export function loadDraft(storage: StorageLike): LoadedDraft {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch (e) {
    return { code: null, notice: `The saved draft could not be read: ${errorText(e)}.`, canSave: false };
  }
  if (raw === null) return { code: null, notice: null, canSave: true };
  const why = problemWith(raw);
  if (why === null) return { code: (JSON.parse(raw) as { code: string }).code, notice: null, canSave: true };
  let backup: string;
  try {
    backup = freeBackupKey(storage, raw);
    storage.setItem(backup, raw);
  } catch (e) {
    return {
      code: null,
      notice: `The saved draft could not be read (${why}) nor backed up (${errorText(e)}); it is left as it was under "${DRAFT_KEY}" and edits are not saved.`,
      canSave: false,
    };
  }
  return {
    code: null,
    notice: `The saved draft could not be read (${why}); its text was kept in localStorage under "${backup}".`,
    canSave: true,
  };
}

/** Saves `code`; returns an error message for people, or null. Never throws. */
export function saveDraft(storage: StorageLike, code: string): string | null {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ v: DRAFT_VERSION, code }));
    return null;
  } catch (e) {
    return `The draft could not be saved: ${errorText(e)}.`;
  }
}

/** Reads the set-aside text; null when there is none or it cannot be read. Never throws. */
export function loadSetAside(storage: StorageLike): SetAsideDraft | null {
  try {
    const raw = storage.getItem(SET_ASIDE_KEY);
    if (raw === null) return null;
    const record = JSON.parse(raw) as { v?: unknown; code?: unknown; reason?: unknown };
    if (record.v !== DRAFT_VERSION || typeof record.code !== "string" || typeof record.reason !== "string") return null;
    return { code: record.code, reason: record.reason };
  } catch {
    return null;
  }
}

/** Saves (or, for null, removes) the set-aside text; returns an error message for people, or null. Never throws. */
export function saveSetAside(storage: StorageLike, aside: SetAsideDraft | null): string | null {
  try {
    if (aside === null) storage.removeItem?.(SET_ASIDE_KEY);
    else storage.setItem(SET_ASIDE_KEY, JSON.stringify({ v: DRAFT_VERSION, code: aside.code, reason: aside.reason }));
    return null;
  } catch (e) {
    return `The set-aside draft could not be saved: ${errorText(e)}.`;
  }
}

/** The backup key to use: the first that is empty or already holds this very text. */
function freeBackupKey(storage: StorageLike, raw: string): string {
  for (let i = 1; ; i++) {
    const key = i === 1 ? BROKEN_DRAFT_KEY : `${BROKEN_DRAFT_KEY}-${i}`;
    const held = storage.getItem(key);
    if (held === null || held === raw) return key;
  }
}

function problemWith(raw: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return "not JSON";
  }
  if (typeof value !== "object" || value === null) return "not a draft record";
  const record = value as { v?: unknown; code?: unknown };
  if (record.v !== DRAFT_VERSION) {
    return typeof record.v === "number" && record.v > DRAFT_VERSION
      ? `saved by a newer version (${record.v})`
      : "unknown version";
  }
  if (typeof record.code !== "string") return "no text in it";
  return null;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

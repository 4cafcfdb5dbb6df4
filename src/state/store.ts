import { create, type StoreApi, type UseBoundStore } from "zustand";
import { DEFAULT_CODE } from "./defaultCode";
import type { StorageLike } from "./draft";
import { browserStorage, persist, restore } from "./persist";
import { playbackSlice, type PlaybackSlice } from "./playbackSlice";
import { runSlice, type RunSlice } from "./runSlice";
import { scenarioSlice, type ScenarioSlice } from "./scenarioSlice";
import { uiSlice, type UiSlice } from "./uiSlice";

/** The whole store: one interface per slice. */
export type PlaygroundState = ScenarioSlice & RunSlice & PlaybackSlice & UiSlice;

/** A store hook: call it with a selector in components, or use `getState()`. */
export type PlaygroundStore = UseBoundStore<StoreApi<PlaygroundState>>;

/** Options for {@link createPlaygroundStore}. */
export interface StoreOptions {
  /** The scenario text to start with. Without it: the saved draft, else the blog post's first example. */
  initialCode?: string;
  /** Where the draft and the theme are kept. Default: the page's localStorage when
   * there is one; null keeps nothing. */
  storage?: StorageLike | null;
}

/**
 * Creates an independent store. The page makes one at start-up; tests make as
 * many as they like.
 */
export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const restored = storage ? restore(storage) : null;
  const initialCode = options.initialCode ?? restored?.code ?? DEFAULT_CODE;
  const store = create<PlaygroundState>()((...a) => ({
    ...scenarioSlice(initialCode, restored?.setAside ?? null)(...a),
    ...runSlice(...a),
    ...playbackSlice(...a),
    ...uiSlice(...a),
  }));
  if (restored?.theme) store.getState().setTheme(restored.theme);
  if (restored?.notice) store.getState().setNotice(restored.notice);
  if (storage) persist(store, storage, restored?.canSave ?? true);
  return store;
}

import { create, type StoreApi, type UseBoundStore } from "zustand";
import { DEFAULT_CODE } from "./defaultCode";
import { scenarioSlice, type ScenarioSlice } from "./scenarioSlice";
import { uiSlice, type UiSlice } from "./uiSlice";

/** The whole store: one interface per slice. Later slices: run, playback. */
export type PlaygroundState = ScenarioSlice & UiSlice;

/** A store hook: call it with a selector in components, or use `getState()`. */
export type PlaygroundStore = UseBoundStore<StoreApi<PlaygroundState>>;

/** Options for {@link createPlaygroundStore}. */
export interface StoreOptions {
  /** The scenario text to start with; the blog post's first example by default. */
  initialCode?: string;
}

/**
 * Creates an independent store. The page makes one at start-up; tests make as
 * many as they like.
 */
export function createPlaygroundStore(options: StoreOptions = {}): PlaygroundStore {
  const initialCode = options.initialCode ?? DEFAULT_CODE;
  return create<PlaygroundState>()((...a) => ({
    ...scenarioSlice(initialCode)(...a),
    ...uiSlice(...a),
  }));
}

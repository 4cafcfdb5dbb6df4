import { createContext, useContext } from "react";
import type { PlaygroundState, PlaygroundStore } from "../state";

/** The store the page renders; provided once at the root. */
export const StoreContext = createContext<PlaygroundStore | null>(null);

/** The store itself, for reading state in event handlers without subscribing. */
export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("usePlayground needs a StoreContext provider");
  return store;
}

/** Reads one slice of the store and re-renders when it changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return usePlaygroundStore()(selector);
}

import { createContext, useContext } from "react";
import type { PlaygroundState, PlaygroundStore } from "../state";

/** The store the page renders; provided once at the root. */
export const StoreContext = createContext<PlaygroundStore | null>(null);

/** Reads one slice of the store and re-renders when it changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  const useStore = useContext(StoreContext);
  if (!useStore) throw new Error("usePlayground needs a StoreContext provider");
  return useStore(selector);
}

import { useEffect, useSyncExternalStore } from "react";
import { effectiveTheme, selectTheme, type Theme } from "../state";
import { usePlayground } from "./storeContext";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/**
 * The scheme the page shows: the user's choice, or the system's when the
 * choice is `system`. Mirrors it on `<html data-theme>` so the CSS variables
 * follow.
 */
export function useShownTheme(): Theme {
  const choice = usePlayground(selectTheme);
  const prefersDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const shown = effectiveTheme(choice, prefersDark);
  useEffect(() => {
    document.documentElement.dataset.theme = shown;
  }, [shown]);
  return shown;
}

import { selectSetTheme, toggledTheme, type Theme } from "../state";
import { usePlayground } from "./storeContext";

/** Switches between the light and the dark scheme. */
export function ThemeToggle({ shown }: { shown: Theme }) {
  const setTheme = usePlayground(selectSetTheme);
  const next = toggledTheme(shown);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setTheme(next)}
    >
      {shown === "dark" ? "☀" : "☾"}
    </button>
  );
}

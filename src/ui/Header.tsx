import type { Theme } from "../state";
import { ReleaseSelect } from "./ReleaseSelect";
import { ThemeToggle } from "./ThemeToggle";

/** The page header: title, release selector, Run, theme toggle. */
export function Header({ theme }: { theme: Theme }) {
  return (
    <header className="app-header">
      <h1>Tornado Playground</h1>
      <div className="header-controls">
        <ReleaseSelect />
        {/* Enabled once the engine and the worker can run a scenario. */}
        <button type="button" className="run-button" disabled title="Run (Ctrl/Cmd+Enter)">
          Run
        </button>
        <ThemeToggle shown={theme} />
      </div>
    </header>
  );
}

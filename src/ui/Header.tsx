import type { Theme } from "../state";
import { ExamplesButton } from "./gallery";
import { ReleaseSelect } from "./ReleaseSelect";
import { useRunNow } from "./runnerContext";
import { ShareBar } from "./share";
import { ThemeToggle } from "./ThemeToggle";

/** The page header: title, Examples, release selector, Run, theme toggle; Copy link, Embed, Export. */
export function Header({ theme }: { theme: Theme }) {
  const runNow = useRunNow();
  return (
    <header className="app-header">
      <h1>Tornado Playground</h1>
      <div className="header-controls">
        <ExamplesButton />
        <ReleaseSelect />
        <button
          type="button"
          className="run-button"
          title="Run (Ctrl/Cmd+Enter)"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onClick={() => runNow("user")}
        >
          Run
        </button>
        <ThemeToggle shown={theme} />
      </div>
      <ShareBar theme={theme} />
    </header>
  );
}

import { ConsoleFrame } from "./ConsoleFrame";
import { EditorPane } from "./EditorPane";
import { Header } from "./Header";
import { TimelineFrame } from "./TimelineFrame";
import { useShownTheme } from "./useShownTheme";

/** Props of {@link App}. */
export interface AppProps {
  /** Called once the editor is mounted and holds the scenario text. */
  onEditorReady?: () => void;
}

/** The playground page: header, editor on the left, timeline and console on the right. */
export function App({ onEditorReady }: AppProps) {
  const theme = useShownTheme();
  return (
    <div className="app">
      <Header theme={theme} />
      <main className="workspace">
        <EditorPane theme={theme} onEditorReady={onEditorReady} />
        <div className="results">
          <TimelineFrame />
          <ConsoleFrame />
        </div>
      </main>
    </div>
  );
}

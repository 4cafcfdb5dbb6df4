import { selectExample, selectTableOpen, type PlaygroundState } from "../state";
import { ConsolePane } from "./console/ConsolePane";
import { EditorPane } from "./EditorPane";
import { ExampleNote, SetAsideBar } from "./gallery";
import { Header } from "./Header";
import { Notice } from "./Notice";
import { RunnerContext } from "./runnerContext";
import { usePlayground, usePlaygroundStore } from "./storeContext";
import { EventTable } from "./table/EventTable";
import { TimelineFrame } from "./TimelineFrame";
import { useRunner, useRunShortcut } from "./useRunner";
import { useShownTheme } from "./useShownTheme";

/** Props of {@link App}. */
export interface AppProps {
  /** Called once the editor is mounted and holds the scenario text. */
  onEditorReady?: () => void;
}

const TABLE_ID = "events-table";
const selectSetTableOpen = (s: PlaygroundState) => s.setTableOpen;

/** The playground page: header, editor on the left, timeline (and table) and console on the right. */
export function App({ onEditorReady }: AppProps) {
  const theme = useShownTheme();
  const store = usePlaygroundStore();
  const runNow = useRunner(store);
  useRunShortcut(runNow);
  const tableOpen = usePlayground(selectTableOpen);
  const setTableOpen = usePlayground(selectSetTableOpen);
  const withNote = usePlayground(selectExample) !== null;
  return (
    <RunnerContext value={runNow}>
      <div className="app">
        <Header theme={theme} />
        <Notice />
        <SetAsideBar />
        <main className="workspace">
          <EditorPane theme={theme} onEditorReady={onEditorReady} />
          <div className={`results${tableOpen ? " with-table" : ""}${withNote ? " with-note" : ""}`}>
            <ExampleNote />
            <TimelineFrame
              theme={theme}
              tableOpen={tableOpen}
              onToggleTable={() => setTableOpen(!tableOpen)}
              tableId={TABLE_ID}
            />
            {tableOpen && <EventTable id={TABLE_ID} />}
            <ConsolePane />
          </div>
        </main>
      </div>
    </RunnerContext>
  );
}

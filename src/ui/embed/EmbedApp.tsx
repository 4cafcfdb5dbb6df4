import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import { encodeShareLink, parseScenario, setRelease } from "../../scenario";
import { toConsole } from "../../trace/console";
import type { RestoredLink } from "../share/link";
import { EmbedChart } from "./EmbedChart";
import type { EmbedSignals } from "./handle";
import { reportHeight } from "./height";
import { HighlightedCode } from "./HighlightedCode";
import type { EmbedOptions } from "./params";
import { useEmbedRun, type EmbedRunner } from "./runner";

const EmbedEditor = lazy(() => import("./EmbedEditor"));

/** How long the embed waits after an edit before it runs again. */
const EDIT_PAUSE_MS = 300;

/** Props of {@link EmbedApp}. */
export interface EmbedAppProps {
  readonly link: RestoredLink;
  readonly options: EmbedOptions;
  /** The playground's full page (absolute URL of index.html), for "Open in playground". */
  readonly playgroundPage: string;
  /** Where the embed reports its run, draws and height (the test handle). */
  readonly signals: EmbedSignals;
  /** Runs the scenario; the entry has already started the autoplay run. */
  readonly runner: EmbedRunner;
}

const EMPTY_MESSAGE = "This embed has no scenario: its address carries no playground link.";

/**
 * The compact page made for iframes: the scenario's code (highlighted, or Monaco
 * after Edit), its chart and its console, a link to open it in the full playground,
 * and its height reported to the parent page.
 */
export function EmbedApp({ link, options, playgroundPage, signals, runner }: EmbedAppProps) {
  const [code, setCode] = useState(link.kind === "scenario" ? link.code : "");
  const [editing, setEditing] = useState(false);
  const run = useEmbedRun(runner);
  const start = useCallback((text: string) => runner.run(text), [runner]);
  const [openFallback, setOpenFallback] = useState<string | null>(null);
  const theme = useTheme(options.theme);
  const root = useRef<HTMLDivElement>(null);
  const release = options.release ?? parseScenario(code).scenario.tornado;
  const showCode = options.view !== "chart";
  const showChart = options.view !== "code";
  const hasScenario = link.kind === "scenario";

  const expectsChart = showChart && hasScenario && run.events.length > 0;
  useEffect(
    () => signals.report({ running: run.status === "running", version: run.eventsVersion, expectsChart, code }),
    [signals, run, expectsChart, code],
  );

  // After an edit, run again once typing pauses.
  const pendingEdit = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEdit = useCallback(
    (text: string) => {
      setCode(text);
      if (pendingEdit.current !== null) clearTimeout(pendingEdit.current);
      pendingEdit.current = setTimeout(() => start(text), EDIT_PAUSE_MS);
    },
    [start],
  );
  useEffect(() => () => clearTimeout(pendingEdit.current ?? undefined), []);

  useEffect(() => reportHeight(root.current!, (h) => signals.posted(h)), [signals]);

  const version = run.eventsVersion;
  const onDrawn = useCallback(() => signals.drawn(version), [signals, version]);

  const playgroundUrl = `${playgroundPage}${encodeShareLink({
    code: options.release ? setRelease(code, options.release) : code,
    view: {},
  })}`;
  const openPlayground = (e: MouseEvent<HTMLAnchorElement>) => {
    // A frame sandboxed without allow-popups cannot open a tab; show the address then.
    const w = window.open(playgroundUrl, "_blank");
    e.preventDefault();
    if (w) w.opener = null;
    else setOpenFallback(playgroundUrl);
  };

  return (
    <div
      ref={root}
      className={`embed embed--${theme} embed--view-${options.view}`}
      data-theme={theme}
      style={options.height !== null ? { height: options.height, overflow: "auto" } : undefined}
    >
      <header className="embed-bar">
        <span className="embed-bar__title">Tornado {release}</span>
        <span className="embed-bar__status" role="status" aria-live="polite">
          {run.status === "running" ? "running…" : (run.problem ?? "")}
        </span>
        {hasScenario && showCode && !editing && (
          <button type="button" className="embed-button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {hasScenario && (
          <a className="embed-button" href={playgroundUrl} target="_blank" rel="noopener" onClick={openPlayground}>
            Open in playground
          </a>
        )}
      </header>
      {openFallback !== null && (
        <p className="embed-open-fallback">
          This frame may not open tabs. Open this address:{" "}
          <input
            readOnly
            value={openFallback}
            aria-label="Playground address"
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      {!hasScenario && (
        <p className="embed-problem" role="alert">
          {link.kind === "error" ? link.message.replace(/ Your own draft was kept\.$/, "") : EMPTY_MESSAGE}
        </p>
      )}
      {hasScenario && showCode && (
        <section className="embed-code-pane" aria-label="Code">
          {editing ? (
            <Suspense fallback={<HighlightedCode code={code} />}>
              <EmbedEditor code={code} theme={theme} onChange={onEdit} onReady={() => signals.editorShown()} />
            </Suspense>
          ) : (
            <HighlightedCode code={code} />
          )}
        </section>
      )}
      {hasScenario && showChart && (
        <section className="embed-chart-pane" aria-label="Chart">
          {run.events.length > 0 ? (
            <EmbedChart events={run.events} theme={theme} onDrawn={onDrawn} />
          ) : run.status === "idle" ? (
            <button type="button" className="embed-button embed-run" onClick={() => start(code)}>
              Run
            </button>
          ) : (
            <p className="embed-placeholder">{run.status === "running" ? "Running…" : ""}</p>
          )}
        </section>
      )}
      {hasScenario && run.events.length > 0 && (
        <details className="embed-console" open={options.view === "code" ? true : undefined}>
          <summary>Console</summary>
          <pre>{toConsole(run.events, { release })}</pre>
        </details>
      )}
    </div>
  );
}

/** The theme shown: the option, or the reader's system for `auto` (following changes). */
function useTheme(choice: EmbedOptions["theme"]): "light" | "dark" {
  const query = "(prefers-color-scheme: dark)";
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const m = window.matchMedia?.(query);
    if (!m) return;
    const on = () => setSystemDark(m.matches);
    m.addEventListener("change", on);
    return () => m.removeEventListener("change", on);
  }, []);
  return choice === "auto" ? (systemDark ? "dark" : "light") : choice;
}

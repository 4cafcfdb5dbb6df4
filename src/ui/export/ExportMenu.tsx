import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { TraceEvent } from "../../trace/types";
import { downloadBlob, downloadText } from "./download";
import { EXPORT_NAMES, scenarioFile, svgFile, traceFile, type ExportFile } from "./files";
import { chartCanvasToPng, svgToPng } from "./rasterize";
import "./export.css";

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** The trace of the last run; empty before any run (trace and chart items are then disabled). */
  readonly events: readonly TraceEvent[];
  /** The scenario text, as the editor holds it. */
  readonly scenarioText: string;
  /** The timeline's canvas, for a PNG of exactly what the page shows; without it the PNG is drawn from the SVG. */
  readonly getChartCanvas?: () => HTMLCanvasElement | null;
  /** Colours of the SVG and PNG; default light. */
  readonly theme?: "light" | "dark";
}

type Item = "trace" | "svg" | "png" | "scenario";

const ITEMS: readonly { id: Item; label: string; hint: string; needsTrace: boolean }[] = [
  {
    id: "trace",
    label: "Trace (.json)",
    hint: "Chrome Trace Event format: opens in Perfetto and chrome://tracing",
    needsTrace: true,
  },
  { id: "svg", label: "Chart (.svg)", hint: "the swimlane chart as a vector image", needsTrace: true },
  { id: "png", label: "Chart (.png)", hint: "the swimlane chart as a picture", needsTrace: true },
  { id: "scenario", label: "Scenario (.py)", hint: "the text the command-line runner reads", needsTrace: false },
];

/**
 * An "Export" button with a menu of downloads: the trace for Perfetto, the chart as
 * SVG or PNG, and the scenario as a `.py` file. Keyboard: Enter/Space opens, arrows
 * move, Escape closes and gives focus back to the button.
 */
export function ExportMenu({ events, scenarioText, getChartCanvas, theme = "light" }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hasTrace = events.length > 0;

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not(:disabled)")?.focus();
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  const save = (f: ExportFile) => downloadText(f.text, f.name, f.mime);

  const run = async (item: Item) => {
    setOpen(false);
    setError(null);
    try {
      switch (item) {
        case "trace":
          save(traceFile(events, scenarioText));
          break;
        case "svg":
          save(svgFile(events, scenarioText, { theme }));
          break;
        case "png": {
          const canvas = getChartCanvas?.() ?? null;
          const bg = theme === "dark" ? "#15191e" : "#ffffff";
          const png =
            canvas && canvas.width > 0 && canvas.height > 0
              ? await chartCanvasToPng(canvas, bg)
              : await svgToPng(svgFile(events, scenarioText, { theme }).text);
          downloadBlob(png, EXPORT_NAMES.png);
          break;
        }
        case "scenario":
          save(scenarioFile(scenarioText));
          break;
      }
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not(:disabled)") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Export" className="export-menu__list" onKeyDown={onMenuKey}>
          {ITEMS.map((it) => (
            <button
              key={it.id}
              type="button"
              role="menuitem"
              className="export-menu__item"
              data-export={it.id}
              disabled={it.needsTrace && !hasTrace}
              title={it.hint}
              onClick={() => void run(it.id)}
            >
              <span>{it.label}</span>
              <span className="export-menu__hint">{it.hint}</span>
            </button>
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="export-menu__error">
          {error}
        </p>
      )}
    </div>
  );
}

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Release } from "../../scenario";
import { DEFAULT_EMBED_OPTIONS, embedUrl, type EmbedOptions, type EmbedTheme, type EmbedView } from "../embed/params";
import { writeClipboard } from "./clipboard";
import { AUTO_HEIGHT_SCRIPT, iframeSnippet } from "./snippet";
import "./share.css";

/** Props of {@link EmbedDialog}. */
export interface EmbedDialogProps {
  /** The scenario text to embed. */
  readonly code: string;
  /** The absolute URL of the build's `embed.html`; default: next to this page. */
  readonly embedPage?: string;
  /** Called when the dialog closes. */
  readonly onClose: () => void;
}

/** Where `embed.html` is, relative to this page: the same folder (any base path). */
export function defaultEmbedPage(): string {
  return new URL("embed.html", window.location.href).href;
}

/**
 * A modal dialog that gives the HTML to paste into a blog: an iframe of the embed
 * page sandboxed with `allow-scripts allow-same-origin`, with view, theme, release,
 * autoplay and height chosen here, and the optional script that fits its height.
 */
export function EmbedDialog({ code, embedPage, onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [copied, setCopied] = useState<"iframe" | "script" | null>(null);
  const page = embedPage ?? defaultEmbedPage();
  const src = useMemo(() => embedUrl(page, code, options), [page, code, options]);
  const snippet = iframeSnippet(src, options.height ?? 480);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const set = <K extends keyof EmbedOptions>(k: K, v: EmbedOptions[K]) => {
    setCopied(null);
    setOptions((o) => ({ ...o, [k]: v }));
  };
  const copy = async (what: "iframe" | "script", text: string) => {
    if (await writeClipboard(text)) setCopied(what);
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`}>Embed this scenario</h2>
      <div className="embed-dialog__options">
        <label>
          View
          <select value={options.view} onChange={(e) => set("view", e.target.value as EmbedView)}>
            <option value="both">code and chart</option>
            <option value="code">code</option>
            <option value="chart">chart</option>
          </select>
        </label>
        <label>
          Theme
          <select value={options.theme} onChange={(e) => set("theme", e.target.value as EmbedTheme)}>
            <option value="auto">reader's system</option>
            <option value="light">light</option>
            <option value="dark">dark</option>
          </select>
        </label>
        <label>
          Tornado
          <select
            value={options.release ?? ""}
            onChange={(e) => set("release", e.target.value === "" ? null : (e.target.value as Release))}
          >
            <option value="">as the code says</option>
            <option value="3.2">3.2</option>
            <option value="4.5">4.5</option>
            <option value="5.1">5.1</option>
            <option value="6.5">6.5</option>
          </select>
        </label>
        <label>
          Height (px)
          <input
            type="number"
            min={120}
            max={4000}
            placeholder="fit"
            value={options.height ?? ""}
            onChange={(e) => {
              const n = Number(e.target.value);
              set("height", e.target.value === "" || !Number.isInteger(n) ? null : Math.min(4000, Math.max(120, n)));
            }}
          />
        </label>
        <label className="embed-dialog__check">
          <input type="checkbox" checked={options.autoplay} onChange={(e) => set("autoplay", e.target.checked)} />
          Run as soon as it is shown
        </label>
      </div>
      <label className="embed-dialog__code-label" htmlFor={`${ids}-iframe`}>
        HTML to paste
      </label>
      <textarea
        id={`${ids}-iframe`}
        className="embed-dialog__code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__row">
        <button type="button" onClick={() => void copy("iframe", snippet)}>
          Copy HTML
        </button>
        <span role="status" aria-live="polite">
          {copied === "iframe" && "Copied."}
        </span>
      </div>
      {options.height === null && (
        <>
          <label className="embed-dialog__code-label" htmlFor={`${ids}-script`}>
            Once per page, so the iframe fits its content (it posts its height)
          </label>
          <textarea
            id={`${ids}-script`}
            className="embed-dialog__code"
            readOnly
            rows={7}
            value={AUTO_HEIGHT_SCRIPT}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="embed-dialog__row">
            <button type="button" onClick={() => void copy("script", AUTO_HEIGHT_SCRIPT)}>
              Copy script
            </button>
            <span role="status" aria-live="polite">
              {copied === "script" && "Copied."}
            </span>
          </div>
        </>
      )}
      <div className="embed-dialog__row embed-dialog__actions">
        <a href={src} target="_blank" rel="noopener">
          Preview
        </a>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}

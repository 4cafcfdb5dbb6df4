import { useEffect, useRef, useState } from "react";
import { writeClipboard } from "./clipboard";
import { LONG_LINK, shareUrl, type PageAddress, type ShareView } from "./link";
import "./share.css";

/** Props of {@link CopyLinkButton}. */
export interface CopyLinkButtonProps {
  /** The scenario text to share (the release is its `# tornado:` line). */
  readonly code: string;
  /** View options to carry along (the page's own, opaque to the link). */
  readonly view?: ShareView;
  /** The page the link opens; default this page (`location`). */
  readonly page?: PageAddress;
}

type State =
  | { readonly kind: "idle" }
  /** `code`: the text the link was made from; an edit since makes it stale. */
  | { readonly kind: "copied"; readonly url: string; readonly code: string }
  | { readonly kind: "manual"; readonly url: string; readonly code: string };

/**
 * "Copy link": puts a link to this scenario on the clipboard. Where the browser
 * refuses (no secure context, a sandboxed frame), the link appears in a selected
 * text field to copy by hand. Says so when the link is long enough that some
 * apps may cut it.
 */
export function CopyLinkButton({ code, view, page }: CopyLinkButtonProps) {
  const [made, setState] = useState<State>({ kind: "idle" });
  const state: State = made.kind !== "idle" && made.code !== code ? { kind: "idle" } : made;
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (made.kind === "manual") field.current?.select();
  }, [made]);

  const copy = async () => {
    const url = shareUrl(page ?? window.location, code, view ?? {});
    setState((await writeClipboard(url)) ? { kind: "copied", url, code } : { kind: "manual", url, code });
  };

  const long = state.kind !== "idle" && state.url.length > LONG_LINK;
  return (
    <span className="copy-link">
      <button type="button" className="copy-link__button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link__status" role="status" aria-live="polite">
        {state.kind === "copied" && "Link copied."}
        {state.kind === "manual" && "Copy this link:"}
        {long && ` It is ${state.url.length} characters long; some apps cut links past ${LONG_LINK}.`}
      </span>
      {state.kind === "manual" && (
        <input
          ref={field}
          className="copy-link__field"
          type="text"
          readOnly
          aria-label="Link to this scenario"
          value={state.url}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}

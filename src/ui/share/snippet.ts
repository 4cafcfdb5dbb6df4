/**
 * The HTML a blog pastes to embed a scenario: an iframe sandboxed with exactly
 * `allow-scripts allow-same-origin` (scripts and the run worker need both; nothing
 * else is granted: no forms, popups or top navigation), and an optional script that
 * fits the iframe's height to what the embed reports.
 */

/** The sandbox every embed snippet uses. */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin";

/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = "tornado-playground:height";

/** `s` safe inside a double-quoted HTML attribute. */
export function escapeAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The `<iframe>` element for `src`, `height` pixels tall to start with. */
export function iframeSnippet(src: string, height: number, title = "Tornado Playground"): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${Math.round(height)}" style="border: 0; max-width: 100%;" loading="lazy" ` +
    `sandbox="${EMBED_SANDBOX}"></iframe>`
  );
}

/** A script for the host page that sets each playground iframe's height to what it reports. */
export const AUTO_HEIGHT_SCRIPT = `<script>
addEventListener("message", (e) => {
  if (!e.data || e.data.type !== "${HEIGHT_MESSAGE}") return;
  for (const f of document.querySelectorAll("iframe")) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  }
});
</script>`;

/**
 * Saving a file from the page: a Blob behind a temporary object URL and an `<a
 * download>` click. Browsers block this in an iframe sandboxed without
 * `allow-downloads`; the full page is where exports live.
 */

/** Offers `blob` for download as `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; keep the URL a while for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offers a text file for download (UTF-8). */
export function downloadText(text: string, name: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), name);
}

/**
 * Writing text to the clipboard. The async Clipboard API needs a secure context and
 * the page's focus, and sandboxed frames may lack it; the caller then shows the text
 * in a field to copy by hand.
 */

/** True when `text` was written; false when the browser refused or has no API. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Telling the page around the embed how tall it is, so its iframe can fit: a
 * `{type: "tornado-playground:height", height}` message to the parent whenever the
 * content's height changes (CSS pixels, rounded up). Nothing is sent when the page
 * is not in a frame.
 */
import { HEIGHT_MESSAGE } from "../share/snippet";

/** Starts reporting `root`'s height; returns the function that stops it. */
export function reportHeight(root: HTMLElement, onReport?: (height: number) => void): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the embed does not know, and need not trust, who embeds it; the height is no secret.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    onReport?.(height);
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}

/**
 * Text on the canvas: the fonts, the context type drawing uses, and fitting a
 * label into a width.
 */

/** The part of CanvasRenderingContext2D the chart uses (a test can record it). */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | "save"
  | "restore"
  | "beginPath"
  | "closePath"
  | "rect"
  | "clip"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "fill"
  | "stroke"
  | "fillRect"
  | "strokeRect"
  | "fillText"
  | "measureText"
  | "setLineDash"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "globalAlpha"
>;

export const FONT = "11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const BOLD_FONT = "600 11px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

// Text widths per context and font: labels repeat from frame to frame, and
// measureText is the costliest call in a frame.
const widthCache = new WeakMap<object, Map<string, Map<string, number>>>();

/** The width of `text` in the context's current font, cached. */
export function textWidth(ctx: DrawContext, text: string): number {
  let fonts = widthCache.get(ctx);
  if (!fonts) {
    fonts = new Map();
    widthCache.set(ctx, fonts);
  }
  let widths = fonts.get(ctx.font);
  if (!widths) {
    widths = new Map();
    fonts.set(ctx.font, widths);
  }
  let w = widths.get(text);
  if (w === undefined) {
    w = ctx.measureText(text).width;
    if (widths.size > 20_000) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/** `text`, or its longest prefix with an ellipsis, that fits in `max` pixels; null when not even a few letters do. */
export function fitText(ctx: DrawContext, text: string, max: number): string | null {
  const full = textWidth(ctx, text);
  if (full <= max) return text;
  // Start from the length the average letter width allows, then step down.
  let n = Math.min(text.length - 1, Math.floor((max / full) * text.length));
  while (n >= 3 && textWidth(ctx, `${text.slice(0, n)}…`) > max) n--;
  return n >= 3 ? `${text.slice(0, n)}…` : null;
}

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

const widthCache = new WeakMap<object, Map<string, number>>();

/** `text`, or its longest prefix with an ellipsis, that fits in `max` pixels; null when not even a few letters do. */
export function fitText(ctx: DrawContext, text: string, max: number): string | null {
  let cache = widthCache.get(ctx);
  if (!cache) {
    cache = new Map();
    widthCache.set(ctx, cache);
  }
  const measure = (s: string): number => {
    const key = `${ctx.font}|${s}`;
    let w = cache.get(key);
    if (w === undefined) {
      w = ctx.measureText(s).width;
      if (cache.size > 5000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid)}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 3 ? `${text.slice(0, lo)}…` : null;
}

/**
 * The chart as PNG. With the timeline's canvas at hand, the PNG is that canvas with
 * the SVG overlays that sit on it (axis, markers, selection) drawn on top, at the
 * canvas's own resolution: exactly what the page shows. Without one (no chart drawn
 * yet, or a page without the timeline), the exported SVG is rasterized instead.
 */

/** PNG of an SVG document, `scale` device pixels per CSS pixel. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const img = await loadSvg(svgText);
  const w = img.naturalWidth || img.width;
  const h = img.naturalHeight || img.height;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas context for the PNG");
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, w, h);
  return toPng(canvas);
}

/**
 * PNG of the timeline: `chart` (its canvas) plus every `<svg>` laid over it in the
 * same container, each at its place. `background` fills what the canvas leaves
 * transparent.
 */
export async function chartCanvasToPng(chart: HTMLCanvasElement, background: string): Promise<Blob> {
  const box = chart.getBoundingClientRect();
  const ratio = box.width > 0 ? chart.width / box.width : 1;
  const out = document.createElement("canvas");
  out.width = chart.width;
  out.height = chart.height;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas context for the PNG");
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(chart, 0, 0);
  const overlays = chart.parentElement ? [...chart.parentElement.querySelectorAll("svg")] : [];
  for (const svg of overlays) {
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", String(r.width));
    copy.setAttribute("height", String(r.height));
    // Overlays take their colours from the page's CSS; inline the computed ones.
    inlineColors(svg, copy);
    const img = await loadSvg(new XMLSerializer().serializeToString(copy));
    ctx.drawImage(img, (r.left - box.left) * ratio, (r.top - box.top) * ratio, r.width * ratio, r.height * ratio);
  }
  return toPng(out);
}

function inlineColors(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  for (const prop of ["fill", "stroke", "color", "font-family", "font-size", "opacity"] as const) {
    const v = style.getPropertyValue(prop);
    if (v) (to as SVGElement).style.setProperty(prop, v);
  }
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineColors(a[i], b[i]);
}

function loadSvg(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml;charset=utf-8" }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("the chart's SVG could not be drawn as an image"));
    };
    img.src = url;
  });
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser made no PNG"))), "image/png"),
  );
}

/**
 * The SVG layer over the canvas: the time axis, the playback cursor line, and the
 * hover and selection outlines. Cheap to redraw (a dozen elements), so it follows
 * the pointer and the zoom without repainting the canvas. D3 selects only inside
 * the `<svg>` it is given.
 */
import { select, type Selection } from "d3";
import type { Hit } from "./hit";
import { markerPos, spanRect, type View } from "./view";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Draws the overlay into one `<svg>` element. */
export class Overlay {
  private readonly root: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly axis: Selection<SVGGElement, unknown, null, undefined>;
  private readonly marks: Selection<SVGGElement, unknown, null, undefined>;

  constructor(svg: SVGSVGElement) {
    this.root = select(svg);
    this.axis = this.root.append("g").attr("class", "tl-axis");
    this.marks = this.root.append("g").attr("class", "tl-marks");
  }

  /** Redraws the overlay for `view`, outlining `hover` and `selected`. */
  render(view: View, hover: Hit | null, selected: Hit | null): void {
    const { layout, palette: p, scale } = view;
    this.root
      .attr("width", layout.width)
      .attr("height", layout.height)
      .attr("viewBox", `0 0 ${layout.width} ${layout.height}`);

    const ticks = scale.ticks().filter((t) => t.px >= layout.plotLeft - 1 && t.px <= layout.plotRight + 1);
    this.axis
      .selectAll<SVGTextElement, (typeof ticks)[number]>("text")
      .data(ticks)
      .join("text")
      .attr("x", (d) => d.px)
      .attr("y", layout.axisHeight - 8)
      .attr("text-anchor", (d, i) => (i === 0 && d.px < layout.plotLeft + 20 ? "start" : "middle"))
      .attr("fill", p.muted)
      .text((d) => d.label);
    this.axis
      .selectAll<SVGLineElement, (typeof ticks)[number]>("line")
      .data(ticks)
      .join("line")
      .attr("x1", (d) => d.px)
      .attr("x2", (d) => d.px)
      .attr("y1", layout.axisHeight - 4)
      .attr("y2", layout.axisHeight)
      .attr("stroke", p.muted);

    const items: { cls: string; hit: Hit; color: string; width: number }[] = [];
    if (selected) items.push({ cls: "tl-selected", hit: selected, color: p.selection, width: 2.5 });
    if (hover) items.push({ cls: "tl-hover", hit: hover, color: p.text, width: 1.5 });
    this.marks.selectChildren().remove();
    const cursorX = view.cursor === null ? null : scale.toPx(view.cursor);
    if (cursorX !== null && cursorX >= layout.plotLeft && cursorX <= layout.plotRight) {
      this.marks
        .append("line")
        .attr("class", "tl-cursor")
        .attr("x1", cursorX)
        .attr("x2", cursorX)
        .attr("y1", layout.axisHeight - 6)
        .attr("y2", layout.height)
        .attr("stroke", p.cursor)
        .attr("stroke-width", 2);
    }
    for (const it of items) {
      const node = outlineOf(view, it.hit);
      if (!node) continue;
      node.setAttribute("class", it.cls);
      node.setAttribute("fill", "none");
      node.setAttribute("stroke", it.color);
      node.setAttribute("stroke-width", String(it.width));
      this.marks.node()!.appendChild(node);
    }
  }
}

function outlineOf(view: View, hit: Hit): SVGElement | null {
  const { layout } = view;
  if (hit.type === "marker") {
    const pos = markerPos(view, hit.box, hit.marker);
    if (pos.x < layout.plotLeft - 8 || pos.x > layout.plotRight + 8) return null;
    const c = document.createElementNS(SVG_NS, "circle");
    c.setAttribute("cx", String(pos.x));
    c.setAttribute("cy", String(pos.y));
    c.setAttribute("r", String(pos.r + 3));
    return c;
  }
  const r = spanRect(view, hit.box, hit.span);
  const x0 = Math.max(r.x, layout.plotLeft - 2);
  const x1 = Math.min(r.x + r.w, layout.plotRight + 2);
  if (x1 <= x0) return null;
  const rect = document.createElementNS(SVG_NS, "rect");
  rect.setAttribute("x", String(x0 - 1.5));
  rect.setAttribute("y", String(r.y - 1.5));
  rect.setAttribute("width", String(x1 - x0 + 3));
  rect.setAttribute("height", String(r.h + 3));
  rect.setAttribute("rx", "2");
  return rect;
}

import type { CSSProperties } from "react";
import { withAlpha, type Palette } from "./palette";

interface Entry {
  readonly label: string;
  readonly style: CSSProperties;
  /** A point marker (round swatch) rather than a span. */
  readonly dot?: boolean;
}

const hatch = (color: string, bg: string): string => `repeating-linear-gradient(135deg, ${color} 0 2px, ${bg} 2px 6px)`;

function entries(p: Palette): Entry[] {
  const [a, b] = p.requests;
  return [
    { label: "running (colour per request)", style: { background: `linear-gradient(90deg, ${a} 50%, ${b} 50%)` } },
    {
      label: "suspended at yield/await",
      style: { background: withAlpha(a, 0.16), border: `1px solid ${withAlpha(a, 0.75)}` },
    },
    { label: "waiting for the loop", style: { background: p.waiting } },
    { label: "loop blocked", style: { background: hatch(p.blocked, p.blockedBg), border: `1px solid ${p.blocked}` } },
    { label: "after the response was sent", style: { background: p.after } },
    {
      label: "pending after the response",
      style: { background: hatch(withAlpha(p.after, 0.55), withAlpha(p.after, 0.2)), border: `1px solid ${p.after}` },
    },
    { label: "idle", style: { background: p.idle } },
    { label: "fetch queued", style: { background: p.queued } },
    { label: "fetch in flight", style: { background: withAlpha(a, 0.45) } },
    { label: "client waiting", style: { background: p.clientWait, height: 4 } },
    { label: "response sent", style: { background: p.ok, width: 3 } },
    { label: "print", style: { background: p.muted }, dot: true },
    { label: "log", style: { background: p.logLevels.INFO }, dot: true },
    { label: "warning", style: { background: p.warning }, dot: true },
    { label: "error", style: { background: p.error }, dot: true },
  ];
}

/** The chart's key: what each colour and pattern means, in the palette of the theme shown. */
export function Legend({ palette }: { palette: Palette }) {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {entries(palette).map((e) => (
        <li key={e.label}>
          <span className={e.dot ? "tl-swatch tl-dot" : "tl-swatch"} style={e.style} aria-hidden="true" />
          {e.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The text form of a chart model for golden fixtures: one line a lane, its spans
 * and markers indented under it, then the links. Times in milliseconds.
 */
import type { SpanModel } from "../../src/trace/spans";

const ms = (t: number): string => String(t / 1000);

export function modelText(m: SpanModel): string {
  const out: string[] = [`trace ${ms(m.start)}-${ms(m.end)}`];
  for (const l of m.lanes) {
    out.push(`lane ${l.id} ${l.label}`);
    for (const s of m.spans) {
      if (s.lane !== l.id) continue;
      const who = s.request !== null ? ` r${s.request}` : "";
      out.push(`  ${s.kind} ${ms(s.t)}-${ms(s.end)}${who} ${s.label}${s.line !== null ? ` @${s.line}` : ""}`);
    }
    for (const k of m.markers) {
      if (k.lane !== l.id) continue;
      const flags = `${k.severity !== "info" ? ` !${k.severity}` : ""}${k.afterResponse ? " (after response)" : ""}`;
      out.push(`  * ${k.kind} ${ms(k.t)} ${k.label}${k.line !== null ? ` @${k.line}` : ""}${flags}`);
    }
  }
  for (const k of m.links) out.push(`link ${k.kind} ${k.from}@${ms(k.fromT)} -> ${k.to}@${ms(k.toT)}`);
  return out.join("\n");
}

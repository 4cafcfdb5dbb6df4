/**
 * The chart's findings in words, shown under it (and read by screen readers):
 * when each response was sent, whether a fetch was still out or code still ran after
 * it, when the loop was blocked and whom that delayed, when a client gave up. Pure.
 */
import type { Span, SpanModel } from "../../trace/spans";
import { fmtMs } from "./tooltip";

export interface Finding {
  readonly tone: "info" | "warning" | "error";
  readonly text: string;
}

/** What the chart shows, one sentence a finding, in lane order. */
export function findings(model: SpanModel): Finding[] {
  const out: Finding[] = [];
  for (const m of model.markers) {
    if (m.kind === "error" && m.lane === "loop")
      out.push({ tone: "error", text: `The module did not load: ${m.label} (line ${m.line}).` });
  }
  for (const lane of model.lanes) {
    if (lane.kind !== "request" || lane.request === null) continue;
    const n = lane.request;
    const mine = model.spans.filter((s) => s.lane === lane.id);
    const sent = model.markers.find((m) => m.lane === lane.id && m.kind === "response-sent");
    const gaveUp = model.markers.find((m) => m.lane === lane.id && m.kind === "client-error");
    if (sent) {
      let text = `${lane.label}: ${sent.label} at ${fmtMs(sent.t)}`;
      const outstanding = model.lanes
        .filter((l) => l.kind === "fetch" && l.request === n)
        .map((l) => lastOf(model.spans.filter((s) => s.lane === l.id)))
        .filter((s): s is Span => s !== null && s.end > sent.t && s.t <= sent.t);
      if (outstanding.length > 0) {
        const f = outstanding[0];
        const url = model.lanes.find((l) => l.id === f.lane)?.label ?? "a fetch";
        text += `, before its fetch ${url} came back (at ${fmtMs(f.end)})`;
      }
      const after = mine.filter((s) => s.kind === "after-response" || s.kind === "suspended-after-response");
      if (after.length > 0) {
        const until = Math.max(...after.map((s) => s.end));
        out.push({ tone: "warning", text: `${text}; its code went on after the response, until ${fmtMs(until)}.` });
      } else {
        out.push({ tone: outstanding.length > 0 ? "warning" : "info", text: `${text}.` });
      }
    } else if (gaveUp) {
      const error = gaveUp.label.replace(/^gave up: /, "");
      out.push({
        tone: "error",
        text: `${lane.label}: no response; the client gave up at ${fmtMs(gaveUp.t)} (${error}).`,
      });
    } else {
      out.push({ tone: "error", text: `${lane.label}: no response by the end of the run.` });
    }
    const waited = mine.find((s) => s.kind === "waiting" && s.label.includes("blocked by"));
    if (waited) {
      out.push({
        tone: "error",
        text: `${lane.label} waited ${fmtMs(waited.end - waited.t)} for the loop, ${waited.label.replace(/^waiting for the loop: /, "")}.`,
      });
    }
  }
  for (const s of model.spans) {
    if (s.kind !== "blocked") continue;
    const who = s.request !== null ? `#${s.request}` : "code";
    out.push({
      tone: "error",
      text: `The loop was blocked for ${fmtMs(s.end - s.t)} by ${who}: ${s.label}${s.line !== null ? ` (line ${s.line})` : ""}.`,
    });
  }
  for (const m of model.markers) if (m.kind === "runaway") out.push({ tone: "error", text: m.label });
  const errors = model.markers.filter(
    (m) => m.severity === "error" && (m.kind === "log" || (m.kind === "error" && m.lane !== "loop")),
  );
  for (const m of errors.slice(0, 3)) {
    const who = m.request !== null ? `#${m.request}` : "the loop";
    out.push({
      tone: "error",
      text: `${who} at ${fmtMs(m.t)}: ${m.label}${m.afterResponse ? " (after the response was sent)" : ""}`,
    });
  }
  return out;
}

function lastOf(spans: readonly Span[]): Span | null {
  return spans.length > 0 ? spans.reduce((a, b) => (b.end > a.end ? b : a)) : null;
}

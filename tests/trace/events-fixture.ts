/**
 * Reads the input of a trace fixture case: one event a line as JSON (the schema's
 * own form, times in microseconds, without `seq`: events are numbered in line
 * order), `//` comment lines, and `@NAME VALUE` option lines.
 */
import type { TraceEvent } from "../../src/trace";

export interface FixtureInput {
  readonly events: TraceEvent[];
  readonly options: Readonly<Record<string, string>>;
}

export function readEvents(input: string): FixtureInput {
  const events: TraceEvent[] = [];
  const options: Record<string, string> = {};
  for (const line of input.split("\n")) {
    const s = line.trim();
    if (s === "" || s.startsWith("//")) continue;
    if (s.startsWith("@")) {
      const [name, ...rest] = s.slice(1).split(" ");
      options[name] = rest.join(" ");
      continue;
    }
    events.push({ ...JSON.parse(s), seq: events.length } as TraceEvent);
  }
  return { events, options };
}

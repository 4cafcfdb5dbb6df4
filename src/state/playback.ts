/**
 * Playback arithmetic: where the time cursor can stop, stepping between events, and
 * how far it moves per frame. Pure functions of a trace; the playback slice and the
 * play loop in the view use them.
 */
import type { TraceEvent, VTime } from "../trace";

/** The speeds the speed control offers. */
export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** One of {@link PLAYBACK_SPEEDS}. */
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** At 1× any trace plays from start to end in this many wall-clock milliseconds. */
export const PLAY_DURATION_MS = 5000;

/** The first and last moment of a trace (span ends included); null for an empty one. */
export function timeRange(events: readonly TraceEvent[]): { start: VTime; end: VTime } | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    start = Math.min(start, e.t);
    end = Math.max(end, "end" in e ? e.end : e.t);
  }
  return { start: start as VTime, end: end as VTime };
}

/** The distinct moments something happens, ascending: where stepping stops. */
export function stopTimes(events: readonly TraceEvent[]): VTime[] {
  const set = new Set<number>();
  for (const e of events) set.add(e.t);
  return [...set].sort((a, b) => a - b) as VTime[];
}

/**
 * The next (`dir` 1) or previous (`dir` -1) stop from `cursor`. From no cursor,
 * forward goes to the first stop and back to the last. Stays put at either end.
 */
export function stepTime(times: readonly VTime[], cursor: VTime | null, dir: 1 | -1): VTime | null {
  if (times.length === 0) return cursor;
  if (cursor === null) return dir === 1 ? times[0] : times[times.length - 1];
  if (dir === 1) return times.find((t) => t > cursor) ?? times[times.length - 1];
  for (let i = times.length - 1; i >= 0; i--) if (times[i] < cursor) return times[i];
  return times[0];
}

/**
 * The cursor after `elapsedMs` of wall-clock playing at `speed`, and whether it
 * reached the end. At 1× the whole range takes {@link PLAY_DURATION_MS}.
 */
export function advance(
  cursor: VTime | null,
  elapsedMs: number,
  speed: number,
  range: { start: VTime; end: VTime },
): { cursor: VTime; ended: boolean } {
  const from = cursor === null || cursor >= range.end ? range.start : cursor;
  const span = Math.max(range.end - range.start, 1);
  const next = from + (elapsedMs * speed * span) / PLAY_DURATION_MS;
  if (next >= range.end) return { cursor: range.end, ended: true };
  return { cursor: Math.round(next) as VTime, ended: false };
}

/**
 * The event the cursor is at: the last one (in time, then `seq` order) at or before
 * it that names a source line; null when there is none or no cursor.
 */
export function eventAtCursor(events: readonly TraceEvent[], cursor: VTime | null): TraceEvent | null {
  if (cursor === null) return null;
  let best: TraceEvent | null = null;
  for (const e of events) {
    if (e.t > cursor || lineOf(e) === null) continue;
    if (best === null || e.t > best.t || (e.t === best.t && e.seq > best.seq)) best = e;
  }
  return best;
}

/** The source line an event belongs to, or null. */
export function lineOf(e: TraceEvent): number | null {
  const line = "line" in e ? e.line : null;
  return typeof line === "number" && line > 0 ? line : null;
}

import { describe, expect, it } from "vitest";
import {
  advance,
  createPlaygroundStore,
  eventAtCursor,
  PLAY_DURATION_MS,
  stepTime,
  stopTimes,
  timeRange,
} from "../../src/state";
import type { TraceEvent, VTime } from "../../src/trace";

const t = (n: number) => n as VTime;

// A small hand-made trace: a print at 0, a run from 0 to 5 ms, a log at 2 ms, the end at 100 ms.
const EVENTS: TraceEvent[] = [
  { kind: "print", stream: "stdout", seq: 0, t: t(0), text: "a\n", line: 3, request: 1 },
  {
    kind: "log",
    seq: 1,
    t: t(2000),
    level: "INFO",
    logger: "tornado.access",
    message: "200",
    exc: null,
    module: "web",
    lineno: 1,
    request: 1,
  },
  { kind: "run", seq: 2, t: t(0), end: t(5000), owner: { type: "loop" }, label: "x", line: 7 },
  { kind: "print", stream: "stdout", seq: 3, t: t(2000), text: "b\n", line: 9, request: 1 },
  { kind: "end", seq: 4, t: t(100_000) },
];

describe("playback arithmetic", () => {
  it("finds the range, span ends included", () => {
    expect(timeRange(EVENTS)).toEqual({ start: 0, end: 100_000 });
    expect(timeRange([])).toBeNull();
  });

  it("stops at each distinct moment", () => {
    expect(stopTimes(EVENTS)).toEqual([0, 2000, 100_000]);
  });

  it.each([
    [null, 1, 0],
    [null, -1, 100_000],
    [0, 1, 2000],
    [1000, 1, 2000],
    [2000, 1, 100_000],
    [100_000, 1, 100_000],
    [2000, -1, 0],
    [1500, -1, 0],
    [0, -1, 0],
  ] as const)("from %s, step %s goes to %s", (from, dir, to) => {
    expect(stepTime(stopTimes(EVENTS), from === null ? null : t(from), dir)).toBe(to);
  });

  it("plays any trace in the same wall-clock time at 1x, faster at 4x", () => {
    const range = { start: t(0), end: t(100_000) };
    expect(advance(null, PLAY_DURATION_MS / 2, 1, range)).toEqual({ cursor: 50_000, ended: false });
    expect(advance(t(0), PLAY_DURATION_MS / 8, 4, range)).toEqual({ cursor: 50_000, ended: false });
    expect(advance(t(90_000), PLAY_DURATION_MS, 0.25, range)).toEqual({ cursor: 100_000, ended: true });
    // From the end it starts over.
    expect(advance(t(100_000), 0, 1, range)).toEqual({ cursor: 0, ended: false });
  });

  it("names the latest event with a line at the cursor", () => {
    expect(eventAtCursor(EVENTS, null)).toBeNull();
    expect(eventAtCursor(EVENTS, t(1000))?.seq).toBe(2);
    expect(eventAtCursor(EVENTS, t(2000))?.seq).toBe(3);
    expect(eventAtCursor(EVENTS, t(99_000))?.seq).toBe(3);
  });
});

describe("playback slice", () => {
  const withTrace = () => {
    const s = createPlaygroundStore({ storage: null });
    s.setState({ lastGood: EVENTS });
    return s;
  };

  it("steps through the shown trace and stops playing", () => {
    const s = withTrace();
    s.getState().play();
    expect(s.getState()).toMatchObject({ playing: true, cursor: 0 });
    s.getState().step(1);
    expect(s.getState()).toMatchObject({ playing: false, cursor: 2000 });
    s.getState().step(-1);
    expect(s.getState().cursor).toBe(0);
  });

  it("play starts over from the end and does nothing without a trace", () => {
    const s = withTrace();
    s.getState().setCursor(t(100_000));
    s.getState().play();
    expect(s.getState().cursor).toBe(0);
    const empty = createPlaygroundStore({ storage: null });
    empty.getState().play();
    expect(empty.getState().playing).toBe(false);
  });

  it("accepts only the offered speeds", () => {
    const s = withTrace();
    s.getState().setSpeed(4);
    expect(s.getState().speed).toBe(4);
    s.getState().setSpeed(3 as never);
    expect(s.getState().speed).toBe(4);
  });
});

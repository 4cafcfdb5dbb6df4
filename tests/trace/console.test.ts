import { describe, expect, it } from "vitest";
import { consoleTimestamp, ms, toConsole, us } from "../../src/trace";
import type { Release } from "../../src/scenario";
import { readGolden } from "../scenario/golden";
import { readEvents } from "./events-fixture";

describe("toConsole golden cases", () => {
  for (const c of readGolden(new URL("./fixtures/console.txt", import.meta.url).pathname)) {
    it(c.name, () => {
      const { events, options } = readEvents(c.input);
      expect(toConsole(events, { release: options.release as Release })).toBe(c.expected + "\n");
    });
  }
});

describe("consoleTimestamp", () => {
  it.each([
    [0, "261124 14:05:24"],
    [999_999, "261124 14:05:24"],
    [1_000_000, "261124 14:05:25"],
    [-1, "261124 14:05:23"],
    [36 * 60_000_000, "261124 14:41:24"],
    [10 * 3_600_000_000, "261125 00:05:24"],
    [38 * 86_400_000_000, "270101 14:05:24"],
  ])("%d µs -> %s", (t, stamp) => {
    expect(consoleTimestamp(us(t))).toBe(stamp);
  });

  it("reads the same for a time given in ms", () => {
    expect(consoleTimestamp(ms(61_500))).toBe("261124 14:06:25");
  });
});

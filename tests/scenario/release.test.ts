import { describe, expect, it } from "vitest";
import { parseScenario, setRelease, RELEASES } from "../../src/scenario";

describe("setRelease", () => {
  it("edits the existing line and nothing else", () => {
    const text = "# request: GET / at 0\n# tornado: 4.5\nx = 1  # tornado: 3.2 in a trailing comment\n";
    expect(setRelease(text, "6.5")).toBe(
      "# request: GET / at 0\n# tornado: 6.5\nx = 1  # tornado: 3.2 in a trailing comment\n",
    );
  });

  it("inserts the line at the top when there is none", () => {
    expect(setRelease("x = 1\n", "3.2")).toBe("# tornado: 3.2\nx = 1\n");
    expect(setRelease("", "5.1")).toBe("# tornado: 5.1\n");
    expect(setRelease("no newline at end", "5.1")).toBe("# tornado: 5.1\nno newline at end");
  });

  it("uses the text's own line ending when it inserts", () => {
    expect(setRelease("a = 1\r\nb = 2\r\n", "4.5")).toBe("# tornado: 4.5\r\na = 1\r\nb = 2\r\n");
  });

  it("keeps CRLF endings and a missing final newline byte for byte", () => {
    const text = "a = 1\r\n#tornado:   3.2  \r\nb = 2";
    expect(setRelease(text, "6.5")).toBe("a = 1\r\n# tornado: 6.5\r\nb = 2");
  });

  it("replaces an invalid release line and every duplicate, so the text has one answer", () => {
    const text = "# tornado: 9.9\nx = 1\n# tornado: 3.2\n";
    const out = setRelease(text, "5.1");
    expect(out).toBe("# tornado: 5.1\nx = 1\n# tornado: 5.1\n");
    expect(parseScenario(out).errors).toEqual([]);
  });

  it.each(RELEASES)("round-trips through parseScenario for %s", (release) => {
    const texts = ["x = 1\n", "# tornado: 3.2\n", "# request: GET / at 0\r\n# tornado: 6.5\r\n"];
    for (const text of texts) {
      const out = setRelease(text, release);
      expect(parseScenario(out).scenario.tornado).toBe(release);
      // Setting it again changes nothing.
      expect(setRelease(out, release)).toBe(out);
    }
  });
});

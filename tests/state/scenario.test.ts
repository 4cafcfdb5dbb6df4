import { describe, expect, it } from "vitest";
import { createPlaygroundStore } from "../../src/state";

const store = (code: string) => createPlaygroundStore({ initialCode: code, storage: null });

describe("scenario slice: the text is the one source of truth", () => {
  it("reads the release from the text's # tornado: line", () => {
    expect(store("# tornado: 4.5\nprint(1)\n").getState().release).toBe("4.5");
    expect(store("print(1)\n").getState().release).toBe("6.5");
    // The last valid line wins, as the engine reads it; an unknown release is ignored.
    expect(store("# tornado: 3.2\n# tornado: 5.1\n# tornado: 9.9\n").getState().release).toBe("5.1");
  });

  it("follows edits of the text", () => {
    const s = store("print(1)\n");
    s.getState().setCode("# tornado: 3.2\nprint(1)\n");
    expect(s.getState().release).toBe("3.2");
    s.getState().setCode("print(1)\n");
    expect(s.getState().release).toBe("6.5");
  });

  it("choosing a release rewrites the # tornado: line and nothing else", () => {
    const s = store("# request: GET / at 0\n#tornado: 6.5\nprint(1)\n");
    s.getState().setRelease("4.5");
    expect(s.getState().code).toBe("# request: GET / at 0\n# tornado: 4.5\nprint(1)\n");
    expect(s.getState().release).toBe("4.5");
  });

  it("choosing a release inserts the line at the top when the text has none", () => {
    const s = store("print(1)\n");
    s.getState().setRelease("5.1");
    expect(s.getState().code).toBe("# tornado: 5.1\nprint(1)\n");
  });

  it("setting the same text changes nothing (no run is triggered by it)", () => {
    const s = store("x = 1\n");
    let changes = 0;
    s.subscribe(() => changes++);
    s.getState().setCode("x = 1\n");
    expect(changes).toBe(0);
  });
});

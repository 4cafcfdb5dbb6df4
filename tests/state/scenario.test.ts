import { describe, expect, it } from "vitest";
import { DEFAULT_CODE, createPlaygroundStore } from "../../src/state";

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

describe("opening a link or an example never loses the user's text", () => {
  const LINK = "# tornado: 4.5\nprint('from a link')\n";

  it("sets the user's text aside, and restoring swaps it back", () => {
    const s = store("print('mine')\n");
    s.getState().openScenario(LINK, "a shared link was opened");
    expect(s.getState().code).toBe(LINK);
    expect(s.getState().release).toBe("4.5");
    expect(s.getState().setAside).toEqual({ code: "print('mine')\n", reason: "a shared link was opened" });

    s.getState().restoreSetAside();
    expect(s.getState().code).toBe("print('mine')\n");
    // The opened text was not edited: nothing of the user's to keep in turn.
    expect(s.getState().setAside).toBeNull();
  });

  it("edits made to the opened text are set aside in turn when the draft is restored", () => {
    const s = store("print('mine')\n");
    s.getState().openScenario(LINK, "a shared link was opened");
    s.getState().setCode(LINK + "print('edited')\n");
    s.getState().restoreSetAside();
    expect(s.getState().code).toBe("print('mine')\n");
    expect(s.getState().setAside?.code).toBe(LINK + "print('edited')\n");
  });

  it("sets nothing aside when nothing would be lost", () => {
    for (const start of ["", "  \n", DEFAULT_CODE, LINK]) {
      const s = store(start);
      s.getState().openScenario(LINK, "a shared link was opened");
      expect(s.getState().setAside, JSON.stringify(start)).toBeNull();
    }
    // An opened text replaced unedited by the next one is not the user's either.
    const s = store("print('mine')\n");
    s.getState().openScenario(LINK, "a shared link was opened");
    s.getState().openScenario("print('example')\n", "an example was opened");
    expect(s.getState().code).toBe("print('example')\n");
    expect(s.getState().setAside).toEqual({ code: "print('mine')\n", reason: "a shared link was opened" });
  });

  it("discarding drops the set-aside text", () => {
    const s = store("print('mine')\n");
    s.getState().openScenario(LINK, "a shared link was opened");
    s.getState().discardSetAside();
    expect(s.getState().setAside).toBeNull();
    expect(s.getState().code).toBe(LINK);
  });
});

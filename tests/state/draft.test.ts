import { describe, expect, it } from "vitest";
import {
  BROKEN_DRAFT_KEY,
  createPlaygroundStore,
  DEFAULT_CODE,
  DRAFT_KEY,
  loadDraft,
  saveDraft,
  SET_ASIDE_KEY,
  THEME_KEY,
  type StorageLike,
} from "../../src/state";

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

describe("draft", () => {
  it("round-trips any text with a version", () => {
    const s = new MapStorage();
    const text = "print('é \\u0000 😀')\r\n# tornado: 4.5\n";
    expect(saveDraft(s, text)).toBeNull();
    expect(JSON.parse(s.map.get(DRAFT_KEY)!)).toEqual({ v: 1, code: text });
    expect(loadDraft(s)).toEqual({ code: text, notice: null, canSave: true });
  });

  it("finds nothing in empty storage", () => {
    expect(loadDraft(new MapStorage())).toEqual({ code: null, notice: null, canSave: true });
  });

  it.each([
    ["{not json", "not JSON"],
    ['"just a string"', "not a draft record"],
    ['{"v": 7, "code": "x"}', "saved by a newer version (7)"],
    ['{"code": "x"}', "unknown version"],
    ['{"v": 1, "code": 5}', "no text in it"],
  ])("backs up an unreadable draft %s and says so", (raw, why) => {
    const s = new MapStorage();
    s.map.set(DRAFT_KEY, raw);
    const loaded = loadDraft(s);
    expect(loaded.code).toBeNull();
    expect(loaded.canSave).toBe(true);
    expect(loaded.notice).toContain(why);
    expect(loaded.notice).toContain(BROKEN_DRAFT_KEY);
    expect(s.map.get(BROKEN_DRAFT_KEY)).toBe(raw);
  });

  it("never overwrites an earlier backup", () => {
    const s = new MapStorage();
    s.map.set(BROKEN_DRAFT_KEY, "older broken text");
    s.map.set(DRAFT_KEY, "{newer broken text");
    const loaded = loadDraft(s);
    expect(s.map.get(BROKEN_DRAFT_KEY)).toBe("older broken text");
    expect(s.map.get(`${BROKEN_DRAFT_KEY}-2`)).toBe("{newer broken text");
    expect(loaded.notice).toContain(`${BROKEN_DRAFT_KEY}-2`);
  });

  it("refuses to save over a draft it could not back up", () => {
    const s = new MapStorage();
    s.map.set(DRAFT_KEY, "{broken");
    s.failWrites = true;
    const loaded = loadDraft(s);
    expect(loaded.canSave).toBe(false);
    expect(loaded.notice).toContain("nor backed up");
    // A store made on it shows the default text, keeps the broken draft untouched, and says so.
    s.failWrites = false;
    const store = createPlaygroundStore({
      storage: {
        getItem: (k) => s.getItem(k),
        setItem: (k, v) => {
          if (k === BROKEN_DRAFT_KEY) throw new Error("full");
          s.setItem(k, v);
        },
      },
    });
    expect(store.getState().code).toBe(DEFAULT_CODE);
    store.getState().setCode("typed\n");
    expect(s.map.get(DRAFT_KEY)).toBe("{broken");
    expect(store.getState().notice).toContain("edits are not saved");
  });

  it("reports a failed save through the store", () => {
    const s = new MapStorage();
    const store = createPlaygroundStore({ storage: s });
    s.failWrites = true;
    store.getState().setCode("x = 1\n");
    expect(store.getState().notice).toBe("The draft could not be saved: QuotaExceededError.");
  });
});

describe("a store with storage", () => {
  it("saves every edit and a new store restores it, with the theme", () => {
    const s = new MapStorage();
    const first = createPlaygroundStore({ storage: s });
    expect(first.getState().code).toBe(DEFAULT_CODE);
    first.getState().setCode("# tornado: 3.2\nprint('draft')\n");
    first.getState().setTheme("dark");
    expect(s.map.get(THEME_KEY)).toBe("dark");
    const second = createPlaygroundStore({ storage: s });
    expect(second.getState().code).toBe("# tornado: 3.2\nprint('draft')\n");
    expect(second.getState().release).toBe("3.2");
    expect(second.getState().theme).toBe("dark");
    expect(second.getState().notice).toBeNull();
  });

  it("lets explicit initial code win over the draft", () => {
    const s = new MapStorage();
    saveDraft(s, "saved\n");
    expect(createPlaygroundStore({ storage: s, initialCode: "given\n" }).getState().code).toBe("given\n");
  });
});

describe("the set-aside draft", () => {
  it("is saved when a link replaces the user's text, survives a reload, and goes when discarded", () => {
    const s = new MapStorage();
    const first = createPlaygroundStore({ storage: s });
    first.getState().setCode("print('mine')\n");
    first.getState().openScenario("print('linked')\n", "a shared link was opened");
    expect(JSON.parse(s.map.get(DRAFT_KEY)!).code).toBe("print('linked')\n");
    expect(JSON.parse(s.map.get(SET_ASIDE_KEY)!)).toEqual({
      v: 1,
      code: "print('mine')\n",
      reason: "a shared link was opened",
    });

    const reloaded = createPlaygroundStore({ storage: s });
    expect(reloaded.getState().code).toBe("print('linked')\n");
    expect(reloaded.getState().setAside?.code).toBe("print('mine')\n");
    reloaded.getState().discardSetAside();
    expect(s.map.has(SET_ASIDE_KEY)).toBe(false);
  });

  it("an unreadable record is no set-aside draft (and is not thrown away by reading it)", () => {
    const s = new MapStorage();
    s.map.set(SET_ASIDE_KEY, "{not json");
    expect(createPlaygroundStore({ storage: s }).getState().setAside).toBeNull();
    expect(s.map.get(SET_ASIDE_KEY)).toBe("{not json");
  });
});

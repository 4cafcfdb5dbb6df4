import { describe, expect, it } from "vitest";
import {
  createPlaygroundStore,
  DEFAULT_CODE,
  DEFAULT_RELEASE,
  effectiveTheme,
  isTornadoRelease,
  toggledTheme,
} from "../../src/state";

describe("playground store", () => {
  it("starts with the blog post example, release 6.5 and the system theme", () => {
    const s = createPlaygroundStore().getState();
    expect(s.code).toBe(DEFAULT_CODE);
    expect(s.code).toContain('self.test("test")');
    expect(s.code).toContain("@gen.coroutine");
    expect(s.release).toBe(DEFAULT_RELEASE);
    expect(s.theme).toBe("system");
  });

  it("keeps each store separate", () => {
    const a = createPlaygroundStore();
    const b = createPlaygroundStore({ initialCode: "print(1)\n" });
    a.getState().setCode("x = 1\n");
    a.getState().setTheme("dark");
    expect(a.getState().code).toBe("x = 1\n");
    expect(b.getState().code).toBe("print(1)\n");
    expect(b.getState().theme).toBe("system");
  });

  it("notifies subscribers of changes", () => {
    const store = createPlaygroundStore();
    const seen: string[] = [];
    const stop = store.subscribe((s) => seen.push(s.theme));
    store.getState().setTheme("dark");
    store.getState().setTheme("light");
    stop();
    store.getState().setTheme("system");
    expect(seen).toEqual(["dark", "light"]);
  });
});

describe("themes", () => {
  it.each([
    ["system", false, "light"],
    ["system", true, "dark"],
    ["light", true, "light"],
    ["dark", false, "dark"],
  ] as const)("choice %s with system dark=%s shows %s", (choice, dark, shown) => {
    expect(effectiveTheme(choice, dark)).toBe(shown);
  });

  it("toggles to the other scheme", () => {
    expect(toggledTheme("light")).toBe("dark");
    expect(toggledTheme("dark")).toBe("light");
  });
});

describe("releases", () => {
  it("knows the four reproduced releases", () => {
    expect(["3.2", "4.5", "5.1", "6.5"].every(isTornadoRelease)).toBe(true);
    expect(isTornadoRelease("6.4")).toBe(false);
  });
});

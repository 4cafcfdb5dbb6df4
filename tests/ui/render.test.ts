// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { createPlaygroundStore, type PlaygroundStore } from "../../src/state";
import { ConsolePane } from "../../src/ui/console/ConsolePane";
import { StoreContext } from "../../src/ui/storeContext";
import { EventTable } from "../../src/ui/table/EventTable";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function storeWith(code: string): PlaygroundStore {
  const store = createPlaygroundStore({ initialCode: code, storage: null });
  const events = runScenario(parseScenario(code).scenario).events;
  store.getState().runStarted(1, 0);
  store.getState().runFinished({
    id: 1,
    outcome: "ok",
    events,
    stdout: "",
    diagnostics: [],
    timings: { compileMs: 0, runMs: 0, totalMs: 0 },
    error: null,
  });
  return store;
}

function render(store: PlaygroundStore, component: () => ReturnType<typeof createElement>): void {
  act(() => root.render(createElement(StoreContext, { value: store }, component())));
}

const HTML = `<img src=x onerror="globalThis.__pwned = 1"><b>bold</b><script>globalThis.__pwned = 2</script>`;

describe("the console", () => {
  it("shows printed HTML as text", () => {
    const store = storeWith(`print(${JSON.stringify(HTML)})\n`);
    render(store, () => createElement(ConsolePane));
    const text = host.querySelector(".console-text");
    expect(text?.textContent).toBe(HTML);
    expect(host.querySelector("img, b, script")).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("filters by request", () => {
    const code =
      "# request: GET /a at 0\n# request: GET /b at 10\nfrom tornado import web\nclass A(web.RequestHandler):\n    def get(self):\n        print('from a')\nclass B(web.RequestHandler):\n    def get(self):\n        print('from b')\nroutes = [(r'/a', A), (r'/b', B)]\n";
    const store = storeWith(code);
    render(store, () => createElement(ConsolePane));
    const texts = () => [...host.querySelectorAll(".console-text")].map((e) => e.textContent);
    expect(texts()).toContain("from a");
    act(() => store.getState().setConsoleRequest(2));
    expect(texts()).not.toContain("from a");
    expect(texts()).toContain("from b");
    const select = host.querySelector("select")!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["All requests", "#1 GET /a", "#2 GET /b"]);
  });
});

describe("the events table", () => {
  it("is a real table with headers, text-only cells and a line button per event with a line", () => {
    const store = storeWith(`print(${JSON.stringify(HTML)})\n`);
    render(store, () => createElement(EventTable, { id: "t" }));
    const table = host.querySelector("table")!;
    expect([...table.querySelectorAll("thead th")].map((th) => th.getAttribute("scope"))).toEqual([
      "col",
      "col",
      "col",
      "col",
      "col",
    ]);
    expect(table.querySelector("caption")?.textContent).toMatch(/^\d+ events of the run, in time order$/);
    expect(table.querySelector("img, b, script")).toBeNull();
    const button = table.querySelector<HTMLButtonElement>('button[aria-label="Show line 1 in the editor"]')!;
    act(() => button.click());
    expect(store.getState().selectedEvent).toMatchObject({ line: 1 });
  });
});

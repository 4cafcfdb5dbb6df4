import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createPlaygroundStore,
  RUN_DEBOUNCE_MS,
  startRunner,
  type PlaygroundStore,
  type Runner,
} from "../../src/state";
import { RunClient, type WorkerLike } from "../../src/worker";
import { executeRun } from "../../src/worker/execute";
import type { FromWorker, ToWorker } from "../../src/worker/protocol";

/** A worker that runs the real executor, answering a tick later as a real one would. */
class InlineWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  runs: string[] = [];
  hang = false;
  postMessage(m: ToWorker): void {
    if (m.type !== "run") return;
    this.runs.push(m.source);
    if (this.hang) return;
    setTimeout(
      () => executeRun(m, (out) => this.onmessage?.({ data: structuredClone(out) } as MessageEvent<FromWorker>)),
      0,
    );
  }
  terminate(): void {
    this.onmessage = null;
  }
}

const S01 = readFileSync("tests/conformance/scenarios/s01_wrong_usage.py", "utf8");

let store: PlaygroundStore;
let runner: Runner;
let workers: InlineWorker[];
let triggers: string[];

function start(code: string): void {
  store = createPlaygroundStore({ initialCode: code, storage: null });
  workers = [];
  triggers = [];
  runner = startRunner(store, {
    createClient: (onEvent) =>
      new RunClient(onEvent, {
        createWorker: () => {
          const w = new InlineWorker();
          workers.push(w);
          return w;
        },
      }),
    onTrigger: (id, cause) => triggers.push(`${id}:${cause}`),
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  runner.dispose();
  vi.useRealTimers();
});

describe("run controller", () => {
  it("runs the text when it starts and shows the result", () => {
    start(S01);
    expect(store.getState().runStatus).toBe("running");
    vi.runAllTimers();
    const s = store.getState();
    expect(s.runStatus).toBe("done");
    expect(triggers).toEqual(["1:start"]);
    const sent = s.lastGood.find((e) => e.kind === "response-sent")!;
    const fetched = s.lastGood.find((e) => e.kind === "fetch-done")!;
    expect(sent.t).toBeLessThan(fetched.t);
    expect(s.stdout).toBe("test\ndone\n200\ndone\n");
  });

  it("runs once after typing pauses for the debounce time", () => {
    start("print(0)\n");
    vi.runAllTimers();
    for (const n of [1, 2, 3]) {
      store.getState().setCode(`print(${n})\n`);
      expect(store.getState().runPending).toBe(true);
      vi.advanceTimersByTime(RUN_DEBOUNCE_MS - 1);
    }
    expect(workers[0].runs).toEqual(["print(0)\n"]);
    vi.advanceTimersByTime(1);
    expect(workers[0].runs).toEqual(["print(0)\n", "print(3)\n"]);
    expect(triggers).toEqual(["1:start", "2:edit"]);
    vi.runAllTimers();
    expect(store.getState().stdout).toBe("3\n");
  });

  it("a run on demand skips the pause", () => {
    start("print(0)\n");
    vi.runAllTimers();
    store.getState().setCode("print(9)\n");
    runner.runNow();
    expect(store.getState().runPending).toBe(false);
    vi.runAllTimers();
    expect(workers[0].runs).toEqual(["print(0)\n", "print(9)\n"]);
    expect(store.getState().stdout).toBe("9\n");
  });

  it("a syntax error shows markers and keeps the last chart, stale", () => {
    start(S01);
    vi.runAllTimers();
    const good = store.getState().lastGood;
    store.getState().setCode(S01.replace("def post(self):", "def post(self:"));
    vi.runAllTimers();
    const s = store.getState();
    expect(s.outcome).toBe("syntax-error");
    expect(s.stale).toBe(true);
    expect(s.lastGood).toBe(good);
    expect(s.diagnostics[0]).toMatchObject({
      source: "syntax",
      line: 7,
      message: expect.stringMatching(/^SyntaxError: /),
    });
  });

  it("drops a result that a newer edit overtook", () => {
    start("print('old')\n");
    // The edit lands while the first run is in flight.
    store.getState().setCode("print('new')\n");
    vi.runAllTimers();
    expect(store.getState().stdout).toBe("new\n");
    expect(store.getState().lastGood.some((e) => e.kind === "print" && e.text === "old\n")).toBe(false);
  });

  it("reports a worker that stops answering and runs the next edit on a fresh one", () => {
    start("print(1)\n");
    workers[0].hang = true;
    store.getState().setCode("print(2)\n");
    vi.advanceTimersByTime(RUN_DEBOUNCE_MS);
    // The first run answers (it was sent before the flag); the edit's run never does.
    vi.advanceTimersByTime(20_000);
    const s = store.getState();
    expect(s.runStatus).toBe("error");
    expect(s.runError).toBe("the run was stopped: no answer for 5 s; the worker was restarted");
    store.getState().setCode("print(3)\n");
    vi.runAllTimers();
    expect(workers.length).toBeGreaterThan(1);
    expect(store.getState()).toMatchObject({ runStatus: "done", stdout: "3\n", runError: null, stale: false });
  });
});

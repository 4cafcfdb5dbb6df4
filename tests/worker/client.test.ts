import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RunClient, type ClientEvent, type WorkerLike } from "../../src/worker/client";
import type { FromWorker, RunRequest, ToWorker } from "../../src/worker/protocol";

/** A worker that records what it is sent and answers only when the test says. */
class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  finish(id: number): void {
    this.answer({ type: "events", id, events: [] });
    this.answer({
      type: "done",
      id,
      outcome: "ok",
      eventCount: 0,
      timings: { compileMs: 0, runMs: 0, totalMs: 0 },
      error: null,
    });
  }
  lastRun(): RunRequest {
    const runs = this.sent.filter((m): m is RunRequest => m.type === "run");
    return runs[runs.length - 1];
  }
}

let workers: FakeWorker[];
let seen: ClientEvent[];
let client: RunClient;

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  seen = [];
  client = new RunClient((e) => seen.push(e), {
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs: 5000,
    supersedeGraceMs: 250,
  });
});

afterEach(() => {
  client.dispose();
  vi.useRealTimers();
});

const messageTypes = () =>
  seen.map((e) => (e.type === "message" ? `${e.message.type}:${"id" in e.message ? e.message.id : ""}` : e.type));

describe("RunClient", () => {
  it("sends a run with a fresh id and forwards its messages", () => {
    const id = client.run("print(1)\n", "4.5");
    expect(workers).toHaveLength(1);
    expect(workers[0].lastRun()).toEqual({ type: "run", id, source: "print(1)\n", release: "4.5" });
    expect(client.busy).toBe(true);
    workers[0].finish(id);
    expect(messageTypes()).toEqual([`events:${id}`, `done:${id}`]);
    expect(client.busy).toBe(false);
  });

  it("keeps only the newest waiting run and drops the stale run's messages", () => {
    const a = client.run("a");
    const b = client.run("b");
    const c = client.run("c");
    expect(workers[0].sent.map((m) => m.id)).toEqual([a]);
    workers[0].finish(a);
    // b was replaced by c before it was ever sent.
    expect(workers[0].lastRun()).toMatchObject({ id: c, source: "c" });
    expect(workers[0].sent.some((m) => m.id === b)).toBe(false);
    workers[0].finish(c);
    expect(messageTypes()).toEqual([`events:${c}`, `done:${c}`]);
  });

  it("ignores messages of an id it is not waiting for", () => {
    const a = client.run("a");
    workers[0].answer({ type: "stdout", id: a + 100, text: "late" });
    workers[0].finish(a);
    expect(messageTypes()).toEqual([`events:${a}`, `done:${a}`]);
  });

  it("replaces a worker busy with a stale run after the grace period", () => {
    const a = client.run("while True: pass");
    const b = client.run("print(2)");
    vi.advanceTimersByTime(249);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].lastRun()).toMatchObject({ id: b, source: "print(2)" });
    // A stale run that is replaced is no error worth showing.
    expect(seen.filter((e) => e.type === "failed")).toEqual([]);
    // Whatever the old worker says now is ignored.
    workers[0].finish(a);
    expect(seen).toEqual([]);
  });

  it("restarts a silent worker after the timeout and says so", () => {
    const a = client.run("x");
    vi.advanceTimersByTime(4999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([
      { type: "failed", id: a, message: "the run was stopped: no answer for 5 s; the worker was restarted" },
    ]);
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBe(false);
    // The next run goes to a fresh worker.
    const b = client.run("y");
    expect(workers).toHaveLength(2);
    expect(workers[1].lastRun().id).toBe(b);
  });

  it("counts any message of the run as an answer", () => {
    const a = client.run("x");
    vi.advanceTimersByTime(4000);
    workers[0].answer({ type: "events", id: a, events: [] });
    vi.advanceTimersByTime(4000);
    expect(seen.filter((e) => e.type === "failed")).toEqual([]);
    workers[0].finish(a);
    vi.advanceTimersByTime(10_000);
    expect(seen.filter((e) => e.type === "failed")).toEqual([]);
  });

  it("reports a worker that fails and restarts it", () => {
    const a = client.run("x");
    workers[0].onerror?.({ message: "boom", preventDefault: () => {} } as ErrorEvent);
    expect(seen).toEqual([
      { type: "failed", id: a, message: "the run was stopped: the worker failed (boom); the worker was restarted" },
    ]);
    client.run("y");
    expect(workers).toHaveLength(2);
  });
});

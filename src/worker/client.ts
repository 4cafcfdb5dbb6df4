/**
 * The page's side of the run worker: spawns it, sends runs, hands back only the
 * messages of the newest run, and restarts a worker that stops answering.
 *
 * At most one run is in flight; a run asked for meanwhile waits, and only the newest
 * waiting one is kept (typing produces many). The run it replaces is stale: its
 * messages are dropped, and if it does not finish within a short grace period the
 * worker is replaced at once rather than waited for.
 */
import type { Release } from "../scenario";
import type { FromWorker, ToWorker } from "./protocol";

/** The part of `Worker` the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Makes a fresh worker. */
export type WorkerFactory = () => WorkerLike;

/**
 * The default worker: a module worker from this origin. Works in a page and in an
 * iframe sandboxed with `allow-scripts allow-same-origin`; an embed sandboxed with
 * `allow-scripts` alone passes a factory that builds the worker inline instead
 * (Vite's `?worker&inline`).
 */
export const defaultWorkerFactory: WorkerFactory = () =>
  new Worker(new URL("./entry.ts", import.meta.url), { type: "module", name: "tornado-run" }) as WorkerLike;

/** What the client reports. */
export type ClientEvent =
  /** A message of the newest run (never of a stale one). */
  | { readonly type: "message"; readonly message: FromWorker }
  /** The newest run was stopped because the worker stopped answering or died; a
   * fresh worker takes the next run. `message` is for people. */
  | { readonly type: "failed"; readonly id: number; readonly message: string };

/** Options of {@link RunClient}. */
export interface RunClientOptions {
  createWorker?: WorkerFactory;
  /** How long the worker may stay silent during a run before it is replaced. */
  timeoutMs?: number;
  /** How long a stale run may go on before the worker is replaced to start the newest. */
  supersedeGraceMs?: number;
}

interface Flight {
  readonly id: number;
  /** True once a newer run was asked for: its messages no longer matter. */
  stale: boolean;
}

/** Default watchdog limit: 5 s without a word from the worker during a run. */
export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Sends runs to a worker and reports their messages through `onEvent`.
 * Dispose of it to terminate the worker.
 */
export class RunClient {
  private worker: WorkerLike | null = null;
  private nextId = 0;
  private flight: Flight | null = null;
  private waiting: { id: number; source: string; release?: Release } | null = null;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  private grace: ReturnType<typeof setTimeout> | null = null;
  private readonly createWorker: WorkerFactory;
  private readonly timeoutMs: number;
  private readonly supersedeGraceMs: number;

  constructor(
    private readonly onEvent: (event: ClientEvent) => void,
    options: RunClientOptions = {},
  ) {
    this.createWorker = options.createWorker ?? defaultWorkerFactory;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.supersedeGraceMs = options.supersedeGraceMs ?? 250;
  }

  /** Starts the worker now rather than at the first run, so its loading overlaps the page's. */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Asks for a run of `source`; returns its id. Any earlier run becomes stale. */
  run(source: string, release?: Release): number {
    const id = ++this.nextId;
    if (this.flight === null) {
      this.send(id, source, release);
    } else {
      this.flight.stale = true;
      this.waiting = { id, source, release };
      if (this.grace === null) this.grace = setTimeout(() => this.replaceStale(), this.supersedeGraceMs);
    }
    return id;
  }

  /** True while a run is in flight or waiting. */
  get busy(): boolean {
    return this.flight !== null || this.waiting !== null;
  }

  /** Terminates the worker; the client can be used again (a new worker is spawned). */
  dispose(): void {
    this.clearTimers();
    this.worker?.terminate();
    this.worker = null;
    this.flight = null;
    this.waiting = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    w.onmessage = (e) => {
      if (this.worker === w) this.receive(e.data);
    };
    w.onerror = (e) => {
      if (this.worker !== w) return;
      e.preventDefault?.();
      this.restart(`the run was stopped: the worker failed (${e.message || "no message"}); the worker was restarted`);
    };
    this.worker = w;
    return w;
  }

  private send(id: number, source: string, release?: Release): void {
    this.flight = { id, stale: false };
    this.armWatchdog();
    this.ensureWorker().postMessage(release ? { type: "run", id, source, release } : { type: "run", id, source });
  }

  private receive(message: FromWorker): void {
    if (message.type === "ready") return;
    const flight = this.flight;
    if (flight === null || message.id !== flight.id) return;
    this.armWatchdog();
    if (!flight.stale) this.onEvent({ type: "message", message });
    if (message.type === "done") this.next();
  }

  /** The run in flight is over: start the waiting one, if any. */
  private next(): void {
    this.clearTimers();
    this.flight = null;
    const w = this.waiting;
    this.waiting = null;
    if (w) this.send(w.id, w.source, w.release);
  }

  private replaceStale(): void {
    this.grace = null;
    if (this.flight === null || !this.flight.stale) return;
    // Nobody waits for the stale run: drop the worker instead of waiting for it.
    this.worker?.terminate();
    this.worker = null;
    this.next();
  }

  private restart(message: string): void {
    const flight = this.flight;
    this.clearTimers();
    this.worker?.terminate();
    this.worker = null;
    if (flight && !flight.stale) this.onEvent({ type: "failed", id: flight.id, message });
    this.next();
  }

  private armWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      const seconds = Math.round(this.timeoutMs / 100) / 10;
      this.restart(`the run was stopped: no answer for ${seconds} s; the worker was restarted`);
    }, this.timeoutMs);
  }

  private clearTimers(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    if (this.grace !== null) clearTimeout(this.grace);
    this.watchdog = null;
    this.grace = null;
  }
}

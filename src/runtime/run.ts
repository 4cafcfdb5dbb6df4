/**
 * Run a scenario: load the module, find the application (SCENARIO_FORMAT.md), send
 * the requests and run the virtual loop until nothing is left to happen.
 */
import { PyType, PyModule, type PyValue } from "../python/objects/core";
import { PyList, PyTuple } from "../python/objects/containers";
import { isPyException } from "../python/objects/exceptions";
import {
  createInterpreter,
  compileSource,
  execModule,
  errorReport,
  finalizeAtExit,
  sourceLineOf,
  ExecutionHalted,
} from "../python";
import {
  type Scenario,
  type RequestSpec,
  mountPathForClassName,
  defaultRequestPath,
  VERB_ORDER,
  SNIPPET_MOUNT_PATH,
  SNIPPET_CLASS_NAME,
} from "../scenario";
import type { TraceEvent, AppInfo, Discovery } from "../trace";
import { PROFILES } from "./profile";
import { World } from "./world";
import { Concurrency } from "./futures/drivers";
import { makeFutureType, PyFuture } from "./futures/future";
import { TaskFuture } from "./py/asyncio-task";
import { PyGenerator } from "../python/interp/generators";
import { RuntimeModules } from "./modules";
import { routeRegex, serve, type Route } from "./server/http";
import { unwrapFunction } from "./server/unwrap";
import { ServingStop } from "./server/stop";
import { ServeForever } from "./py/asyncio-loop";
import type { TornadoContext } from "./tornado/context";

export interface RunOutput {
  readonly events: readonly TraceEvent[];
  /** Exactly what the code printed. */
  readonly stdout: string;
}

export interface RunOptions {
  /** The module's file name, as tracebacks and coroutine reprs show it (the file the scenario came from). */
  readonly filename?: string;
  /** How the logging module's root logger starts (see World.loggingRoot); "harness" by default. */
  readonly loggingRoot?: "harness" | "python";
}

export function runScenario(
  scenario: Scenario,
  listener?: (e: TraceEvent) => void,
  options: RunOptions = {},
): RunOutput {
  const FILENAME = options.filename ?? "scenario.py";
  let stdout = "";
  let world: World | null = null;
  const rt = createInterpreter({
    filename: FILENAME,
    stdout: (text) => {
      // An executor thread's output joins stdout when the loop's clock reaches it, as its event does.
      if (world?.offLoop) world.external(world.now(), () => (stdout += text));
      else stdout += text;
      world?.emit({ kind: "print", text, stream: "stdout", line: rt.currentLine(), request: world.currentRequest() });
    },
    stderr: (text) => {
      world?.emit({ kind: "print", text, stream: "stderr", line: rt.currentLine(), request: world.currentRequest() });
    },
  });
  const profile = PROFILES[scenario.tornado];
  world = new World(rt, profile, scenario, listener);
  const w = world;
  w.loggingRoot = options.loggingRoot ?? "harness";
  const cc = new Concurrency(w);
  cc.futureType =
    profile.futureKind === "asyncio"
      ? makeFutureType(w, "Future", "_asyncio")
      : profile.futureKind === "tornado"
        ? makeFutureType(w, "Future", "tornado.concurrent")
        : makeFutureType(w, "TracebackFuture", "tornado.concurrent", undefined, [
            // 3.2: tornado.concurrent.Future is concurrent.futures.Future; coroutines make its subclass.
            (cc.plainFutureType = makeFutureType(w, "Future", "concurrent.futures._base")),
          ]);
  const ctx: TornadoContext = { world: w, cc, applications: [], modules: new Map() };
  const modules = new RuntimeModules(ctx);
  const stdlib = rt.hooks.loadModule;
  rt.hooks.loadModule = (r, name) => modules.load(r, name) ?? stdlib?.(r, name);
  w.onUnretrieved = (f) => reportUnretrieved(ctx, f);
  // The traceback module's text and source lines: as the runtime's logs show them.
  rt.hooks.formatException = (_rt, e) => cc.tracebackOf(e);
  rt.hooks.sourceLine = (r, file, line) => (file === r.filename ? sourceLineOf(scenario.source, line) : null);
  rt.hooks.warn = (_rt, category, message, line) =>
    w.warn(category, message, FILENAME, line, scenario.source.split("\n")[line - 1]?.trim() ?? null);
  rt.hooks.discard = (_rt, v) => {
    if (v instanceof PyFuture) {
      v.orphan = true;
      if (v.done() && v.exception && !v.hasWaiters) reportUnretrieved(ctx, v);
    } else if (v instanceof PyGenerator && v.isCoroutine && !v.started && !v.awaited) {
      v.awaited = true;
      const line = rt.currentLine();
      w.warn(
        "RuntimeWarning",
        `coroutine '${v.qualname}' was never awaited`,
        FILENAME,
        line,
        scenario.source.split("\n")[line - 1]?.trim() ?? null,
      );
    }
  };

  w.emit({ kind: "module-load-start" });
  const compiled = compileSource(scenario.source, FILENAME);
  if (!compiled.ok) {
    const d = compiled.diagnostics[0]!;
    w.emit({ kind: "load-error", excType: d.type, message: d.message, line: d.line, col: d.col, traceback: [] });
    w.emit({ kind: "end" });
    return { events: w.trace.events, stdout };
  }
  rt.setBudget(150_000_000);
  let mainModule: PyModule;
  try {
    mainModule = execModule(rt, compiled.code, "__main__");
  } catch (e) {
    if (!(e instanceof ServeForever)) return loadFailed(e);
    // The module runs the loop for good: it has loaded as far as it ever will.
    mainModule = rt.modules.get("__main__") as PyModule;
  }
  /** The module did not load: report why, and serve nothing. */
  function loadFailed(e: unknown): RunOutput {
    if (e instanceof ExecutionHalted) {
      w.runaway(e);
    } else {
      const report = errorReport(rt, e, scenario.source);
      w.emit({
        kind: "load-error",
        excType: report.type,
        message: report.message,
        line: report.line ?? 0,
        col: null,
        traceback: report.traceback.replace(/\n$/, "").split("\n"),
      });
      if (!isPyException(e)) throw e;
      // The program ends there: CPython's shutdown finalizes what is still alive.
      finalizeAtExit(rt);
    }
    w.emit({ kind: "end" });
    return { events: w.trace.events, stdout };
  }
  const found = discover(ctx, modules, mainModule);
  w.emit({ kind: "module-load-end", app: found ? found.info : null });
  if (found) {
    const requests = scenario.requests.length ? scenario.requests : defaultRequests(found.routes);
    w.serving = true;
    w.commitCpu();
    w.loop.clock = 0;
    const stop = new ServingStop(requests.length);
    w.servingStopAt = () => stop.stopAt();
    serve(ctx, modules.web!, found.routes, requests, (t) => stop.clientDone(t));
    const lastAt = Math.max(0, ...requests.map((r) => r.atMs));
    w.runLoop((lastAt + scenario.clientTimeoutMs + 1000) * 1000);
  } else {
    // A plain program has ended: CPython's shutdown runs the __del__ of what is still alive.
    finalizeAtExit(rt);
  }
  w.emit({ kind: "end" });
  return { events: w.trace.events, stdout };
}

function reportUnretrieved(ctx: TornadoContext, f: import("./futures/future").PyFuture): void {
  const w = ctx.world;
  if (f.retrieved || !f.exception) return;
  f.retrieved = true;
  const p = w.profile;
  if (p.unretrieved === "silent") return;
  const tb = f.tracebackText ?? ctx.cc.tracebackOf(f.exception);
  if (p.unretrieved === "tornado") {
    w.logError(
      "tornado.application",
      `Future ${w.rt.repr(f)} exception was never retrieved: ${tb.replace(/\n$/, "")}`,
      null,
      null,
      p.logSites.unretrieved,
    );
  } else {
    w.logError(
      "asyncio",
      `${isTask(f) ? "Task" : "Future"} exception was never retrieved\nfuture: ${w.rt.repr(f)}`,
      f.exception,
      tb,
      p.logSites.unretrieved,
    );
  }
}

/** Whether `f` is an asyncio Task (asyncio.create_task, or a coroutine Tornado wrapped in one). */
function isTask(f: PyFuture): boolean {
  return f instanceof TaskFuture;
}

interface Found {
  readonly routes: Route[];
  readonly info: AppInfo;
}

function discover(ctx: TornadoContext, modules: RuntimeModules, main: PyModule): Found | null {
  const rt = ctx.world.rt;
  const globals = main.$dict!;
  const toRoutes = (list: PyValue, discovery: Discovery): Found => {
    const routes: Route[] = [];
    for (const spec of rt.toArray(list)) {
      const items = spec instanceof PyTuple || spec instanceof PyList ? spec.items : [];
      const pattern = String(items[0]);
      const handler = items[1];
      if (!(handler instanceof PyType)) continue;
      routes.push({ pattern, regex: routeRegex(pattern), handler, kwargs: items[2], spec });
    }
    return {
      routes,
      info: { discovery, routes: routes.map((r) => ({ pattern: r.pattern, handler: r.handler.name })) },
    };
  };
  if (ctx.applications.length) {
    const app = ctx.applications[ctx.applications.length - 1]!;
    return toRoutes(rt.getattr(app, "handlers"), "application");
  }
  const routesVar = globals.get("routes");
  if (routesVar instanceof PyList || routesVar instanceof PyTuple) {
    ensureWeb(ctx, modules);
    return toRoutes(routesVar, "routes");
  }
  const web = ensureWeb(ctx, modules);
  const handlerBase = web.handler.type;
  const classes = [...globals.values()].filter(
    (v): v is PyType =>
      v instanceof PyType && v !== handlerBase && v.isSubtypeOf(handlerBase) && v.module === "__main__",
  );
  if (classes.length) {
    return toRoutes(rt.list(classes.map((c) => new PyTuple([mountPathForClassName(c.name), c]))), "classes");
  }
  const funcs = [...globals.entries()].filter(([, v]) => unwrapFunction(v)?.sig.params[0] === "self");
  if (funcs.some(([k]) => (VERB_ORDER as readonly string[]).includes(k))) {
    const ns = rt.newDict();
    for (const [k, v] of funcs) rt.dictSet(ns, k, v);
    rt.dictSet(ns, "__module__", "__main__");
    const cls = rt.call(rt.builtins.get("type")!, [SNIPPET_CLASS_NAME, new PyTuple([handlerBase]), ns]);
    return toRoutes(rt.list([new PyTuple([SNIPPET_MOUNT_PATH, cls])]), "functions");
  }
  return null;
}

function ensureWeb(ctx: TornadoContext, modules: RuntimeModules) {
  if (!modules.web) modules.load(ctx.world.rt, "tornado.web");
  return modules.web!;
}

function defaultRequests(routes: readonly Route[]): RequestSpec[] {
  const out: RequestSpec[] = [];
  for (const r of routes) {
    const verb = VERB_ORDER.find((v) => r.handler.dict.has(v));
    if (!verb) continue;
    out.push({ method: verb.toUpperCase(), path: defaultRequestPath(r.pattern), atMs: 0, body: null, line: 0 });
  }
  return out;
}

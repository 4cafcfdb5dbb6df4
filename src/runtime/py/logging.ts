/**
 * The `logging` module: loggers (a hierarchy with levels, propagation, filters and
 * handlers) built here, records, formatters, filters, handlers, LoggerAdapter and
 * basicConfig in Python (logging-source.ts), with CPython's behaviour.
 *
 * The root logger starts as World.loggingRoot says: as the reference harness sets it up
 * (level INFO, one handler whose records become `log` trace events, `INFO:myapp:message`),
 * or as a plain python3 program has it (level WARNING, no handler; CPython's last-resort
 * handler writes warnings and errors to stderr). The runtime's own records (Tornado's
 * access and error logs) go through the same loggers. While the configuration is the
 * harness's own (no other handler or filter anywhere), a record goes straight to the
 * trace without a LogRecord being made.
 */
import { PyModule, PyInstance, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyDict, PyList, PyTuple } from "../../python/objects/containers";
import { PyException, isPyException, tracebackOf } from "../../python/objects/exceptions";
import { fn, methods, getter } from "../../python/builtins/registry";
import { compileSource, execModule } from "../../python";
import type { LogLevel } from "../../trace";
import type { World } from "../world";
import type { Concurrency } from "../futures/drivers";
import { runtimeClass, kwGet, TORNADO_DIR } from "../tornado/context";
import { LOGGING_SOURCE } from "./logging-source";

const LEVELS: Record<string, number> = {
  CRITICAL: 50,
  FATAL: 50,
  ERROR: 40,
  WARNING: 30,
  WARN: 30,
  INFO: 20,
  DEBUG: 10,
  NOTSET: 0,
};
const NAMES = new Map<number, string>([
  [50, "CRITICAL"],
  [40, "ERROR"],
  [30, "WARNING"],
  [20, "INFO"],
  [10, "DEBUG"],
  [0, "NOTSET"],
]);

class LoggerObj extends PyInstance {
  name = "root";
  level = 0;
  propagate = true;
  disabled = false;
  handlers = new PyList([]);
  filters = new PyList([]);
}

/** The trace's level name for a numeric level (custom levels take the standard one below them). */
function traceLevel(level: number): LogLevel {
  if (level >= 50) return "CRITICAL";
  if (level >= 40) return "ERROR";
  if (level >= 30) return "WARNING";
  if (level >= 20) return "INFO";
  return "DEBUG";
}

/** Where a record was made: the module, the file, the line and the function. */
interface Site {
  readonly module: string;
  readonly pathname: string;
  readonly lineno: number;
  readonly funcName: string;
}

export interface LoggingDeps {
  readonly world: World;
  readonly cc: Concurrency;
  /** The exception being handled, for exc_info=True and exception(). */
  readonly currentException: () => PyException | null;
}

export function makeLoggingModule({ world, cc, currentException }: LoggingDeps): PyModule {
  const rt = world.rt;
  // The Python half first: it is the module, and the loggers join it.
  const compiled = compileSource(LOGGING_SOURCE, "/usr/lib/python3.11/logging/__init__.py");
  if (!compiled.ok) throw new Error(`logging does not compile: ${compiled.diagnostics[0]!.message}`);
  const m = execModule(rt, compiled.code, "logging", "/usr/lib/python3.11/logging/__init__.py");
  const d = m.$dict!;
  const py = (name: string): PyValue => d.get(name)!;

  const loggerType = runtimeClass("Logger", "logging", undefined, (cls) => new LoggerObj(cls));
  const rootType = runtimeClass("RootLogger", "logging", [loggerType]);
  const root = new LoggerObj(rootType);
  const harness = world.loggingRoot === "harness";
  root.level = harness ? 20 : 30;
  const traceHandler = harness ? rt.call(py("_TraceHandler"), []) : null;
  if (traceHandler) root.handlers.items.push(traceHandler);
  const loggers = new Map<string, LoggerObj>();
  let disableLevel = 0;
  const fileModule = rt.filename.replace(/^.*\//, "").replace(/\.py$/, "");

  const getLogger = (name: PyValue | undefined): LoggerObj => {
    if (name === undefined || name === None || name === "root" || name === "") return root;
    if (typeof name !== "string") throw rt.error("TypeError", "A logger name must be a string");
    let l = loggers.get(name);
    if (!l) {
      l = new LoggerObj(loggerType);
      l.name = name;
      loggers.set(name, l);
    }
    return l;
  };
  /** The loggers a record passes through: itself, then its existing ancestors, then root. */
  const chain = (l: LoggerObj): LoggerObj[] => {
    const out = [l];
    if (l === root) return out;
    const parts = l.name.split(".");
    for (let i = parts.length - 1; i > 0; i--) {
      const p = loggers.get(parts.slice(0, i).join("."));
      if (p) out.push(p);
    }
    out.push(root);
    return out;
  };
  const effectiveLevel = (l: LoggerObj) => chain(l).find((x) => x.level !== 0)?.level ?? 0;
  const enabledFor = (l: LoggerObj, level: number) => !l.disabled && level > disableLevel && level >= effectiveLevel(l);
  /** Whether the record reaches the root's handler (a logger that stops propagation keeps it). */
  const reachesRoot = (l: LoggerObj) =>
    chain(l)
      .slice(0, -1)
      .every((x) => x.propagate);
  /** The harness's configuration, untouched: root's trace handler alone, no filter anywhere. */
  const plain = (): boolean => {
    if (!traceHandler || root.handlers.items.length !== 1 || root.handlers.items[0] !== traceHandler) return false;
    if (root.filters.items.length) return false;
    const h = (traceHandler as PyInstance).$dict!;
    if (h.get("level") !== 0 || (h.get("filters") as PyList | undefined)?.items.length) return false;
    for (const l of loggers.values()) if (l.handlers.items.length || l.filters.items.length) return false;
    return true;
  };

  // What the trace handler does with a record: the trace event the harness's handler makes.
  const details = new WeakMap<
    object,
    { exc: PyException | null; tb: string | null; site: readonly [string, number] }
  >();
  d.set(
    "_emit_trace",
    fn("_emit_trace", (_rt, [record]) => {
      const r = record as PyInstance;
      const level = Number(rt.getattr(r, "levelno"));
      const known = details.get(r);
      const excInfo = rt.getattr(r, "exc_info");
      const exc =
        known?.exc ?? (excInfo instanceof PyTuple && isPyException(excInfo.items[1]) ? excInfo.items[1] : null);
      const message = rt.str(rt.callMethod(r, "getMessage", []));
      const site = known?.site ?? [rt.str(rt.getattr(r, "module")), Number(rt.getattr(r, "lineno"))];
      world.emitLog(
        traceLevel(level),
        rt.str(rt.getattr(r, "name")),
        message,
        exc,
        known?.tb ?? (exc ? cc.tracebackOf(exc) : null),
        site,
      );
      return None;
    }),
  );

  /** A LogRecord, as Logger.makeRecord makes it (with `extra`'s items set on it). */
  const makeRecord = (
    l: LoggerObj,
    level: number,
    msg: PyValue,
    args: PyValue,
    exc: PyException | null,
    site: Site,
    extra: PyValue | undefined,
  ) => {
    const excInfo = exc ? new PyTuple([exc.$cls, exc, tracebackOf(exc)]) : None;
    const record = rt.call(py("LogRecord"), [
      l.name,
      level,
      site.pathname,
      site.lineno,
      msg,
      args,
      excInfo,
      site.funcName,
    ]);
    if (extra instanceof PyDict) {
      for (const e of extra.table.map.values()) {
        const key = rt.str(e.key);
        if (key === "message" || key === "asctime" || rt.hasattr(record, key)) {
          throw rt.error("KeyError", `Attempt to overwrite ${rt.repr(key)} in LogRecord`);
        }
        rt.setattr(record, key, e.value);
      }
    }
    return record;
  };
  /** Whether `filters` (Filter objects or callables) all let `record` through. */
  const passes = (filters: PyList, record: PyValue): boolean => {
    for (const f of [...filters.items]) {
      const ok = rt.hasattr(f, "filter") ? rt.callMethod(f, "filter", [record]) : rt.call(f, [record]);
      if (!rt.truthy(ok)) return false;
    }
    return true;
  };
  /** Logger.handle then callHandlers: each handler up the chain that the level lets through. */
  const handle = (l: LoggerObj, record: PyValue): void => {
    if (l.disabled || !passes(l.filters, record)) return;
    const levelno = Number(rt.getattr(record, "levelno"));
    let found = 0;
    for (const x of chain(l)) {
      for (const h of [...x.handlers.items]) {
        found++;
        if (levelno >= Number(rt.getattr(h, "level"))) rt.callMethod(h, "handle", [record]);
      }
      if (!x.propagate) break;
    }
    // No handler at all: CPython's last resort writes warnings and errors to stderr.
    if (found === 0) {
      const last = py("lastResort");
      if (last !== None && levelno >= Number(rt.getattr(last, "level"))) rt.callMethod(last, "handle", [record]);
    }
  };
  /** The site of a record the program makes: its innermost frame. */
  const callerSite = (): Site => {
    const frame = rt.frames[rt.frames.length - 1];
    const pathname = frame?.file ?? rt.filename;
    return {
      module: pathname.replace(/^.*\//, "").replace(/\.py$/, ""),
      pathname,
      lineno: frame?.line ?? rt.currentLine(),
      funcName: frame?.name ?? "<module>",
    };
  };

  world.logRoute = (level, name, message, exc, tb, site) => {
    const l = getLogger(name);
    const n = LEVELS[level] ?? 0;
    if (!enabledFor(l, n)) return;
    if (plain()) {
      if (reachesRoot(l)) world.emitLog(level, name, message, exc, tb, site);
      return;
    }
    const where = { module: site[0], pathname: `${TORNADO_DIR}/${site[0]}.py`, lineno: site[1], funcName: "" };
    const record = makeRecord(l, n, message, new PyTuple([]), exc, where, undefined);
    details.set(record as PyInstance, { exc, tb, site });
    handle(l, record);
  };

  const excOf = (v: PyValue | undefined): PyException | null => {
    if (v === undefined || v === None || v === false) return null;
    if (isPyException(v)) return v;
    if (v instanceof PyTuple) return isPyException(v.items[1]) ? v.items[1] : null;
    return rt.truthy(v) ? currentException() : null;
  };
  const format = (msg: PyValue, args: PyValue[]): string => {
    const text = rt.str(msg);
    if (!args.length) return text;
    // A single non-empty mapping argument formats by name: log("%(user)s", {"user": u}).
    const a = args.length === 1 && args[0] instanceof PyDict && args[0].table.map.size ? args[0] : new PyTuple(args);
    return rt.percentFormat(text, a);
  };
  const log = (l: LoggerObj, level: number, msg: PyValue, args: PyValue[], kw: KwArgs | null, excDefault = false) => {
    if (!enabledFor(l, level)) return;
    const excArg = kwGet(kw, "exc_info");
    const exc = excOf(excArg === undefined ? (excDefault ? true : undefined) : excArg);
    if (plain()) {
      if (!reachesRoot(l)) return;
      world.emitLog(traceLevel(level), l.name, format(msg, args), exc, exc ? cc.tracebackOf(exc) : null, [
        fileModule,
        rt.currentLine(),
      ]);
      return;
    }
    const record = makeRecord(l, level, msg, new PyTuple(args), exc, callerSite(), kwGet(kw, "extra"));
    handle(l, record);
  };
  const levelArg = (v: PyValue | undefined): number => {
    if (typeof v === "number") return v;
    if (typeof v === "string") {
      const n = LEVELS[v];
      if (n === undefined) throw rt.error("ValueError", `Unknown level: ${rt.repr(v)}`);
      return n;
    }
    throw rt.error("TypeError", `Level not an integer or a valid string: ${rt.repr(v ?? None)}`);
  };
  const L = (v: PyValue) => v as LoggerObj;
  const at =
    (level: number, excDefault = false) =>
    (_rt: unknown, self: PyValue, [msg, ...args]: PyValue[], kw: KwArgs | null) => {
      log(L(self), level, msg ?? None, args, kw, excDefault);
      return None;
    };
  const deprecatedWarn = (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
    rt.hooks.warn?.(
      rt,
      "DeprecationWarning",
      "The 'warn' method is deprecated, use 'warning' instead",
      rt.currentLine(),
    );
    return at(30)(_rt, self, args, kw);
  };
  methods(loggerType, {
    debug: at(10),
    info: at(20),
    warning: at(30),
    warn: deprecatedWarn,
    error: at(40),
    exception: at(40, true),
    critical: at(50),
    fatal: at(50),
    log: (_rt, self, [level, msg, ...args], kw) => {
      if (typeof level !== "number") throw rt.error("TypeError", "level must be an integer");
      log(L(self), level, msg ?? None, args, kw);
      return None;
    },
    setLevel: (_rt, self, [level]) => {
      L(self).level = levelArg(level);
      return None;
    },
    getEffectiveLevel: (_rt, self) => effectiveLevel(L(self)),
    isEnabledFor: (_rt, self, [level]) => enabledFor(L(self), levelArg(level)),
    getChild: (_rt, self, [suffix]) =>
      getLogger(L(self) === root ? String(suffix) : `${L(self).name}.${rt.str(suffix!)}`),
    addHandler: (_rt, self, [h]) => {
      const list = L(self).handlers.items;
      if (!list.includes(h!)) list.push(h!);
      return None;
    },
    removeHandler: (_rt, self, [h]) => {
      const list = L(self).handlers.items;
      const i = list.indexOf(h!);
      if (i >= 0) list.splice(i, 1);
      return None;
    },
    hasHandlers: (_rt, self) => {
      for (const x of chain(L(self))) {
        if (x.handlers.items.length) return true;
        if (!x.propagate) break;
      }
      return false;
    },
    addFilter: (_rt, self, [f]) => {
      const list = L(self).filters.items;
      if (!list.includes(f!)) list.push(f!);
      return None;
    },
    removeFilter: (_rt, self, [f]) => {
      const list = L(self).filters.items;
      const i = list.indexOf(f!);
      if (i >= 0) list.splice(i, 1);
      return None;
    },
    filter: (_rt, self, [record]) => passes(L(self).filters, record!),
    handle: (_rt, self, [record]) => {
      handle(L(self), record!);
      return None;
    },
    __repr__: (_rt, self) => {
      const l = L(self);
      const name = NAMES.get(effectiveLevel(l)) ?? `Level ${effectiveLevel(l)}`;
      return `<${l === root ? "RootLogger" : "Logger"} ${l.name} (${name})>`;
    },
  });
  getter(loggerType, "name", (_rt, self) => L(self).name);
  getter(
    loggerType,
    "level",
    (_rt, self) => L(self).level,
    (_rt, self, v) => void (L(self).level = levelArg(v)),
  );
  getter(
    loggerType,
    "handlers",
    (_rt, self) => L(self).handlers,
    (_rt, self, v) => void (L(self).handlers = v instanceof PyList ? v : new PyList(rt.toArray(v))),
  );
  getter(loggerType, "filters", (_rt, self) => L(self).filters);
  getter(loggerType, "parent", (_rt, self) => chain(L(self))[1] ?? None);
  getter(
    loggerType,
    "propagate",
    (_rt, self) => L(self).propagate,
    (_rt, self, v) => {
      L(self).propagate = rt.truthy(v);
    },
  );
  getter(
    loggerType,
    "disabled",
    (_rt, self) => L(self).disabled,
    (_rt, self, v) => {
      L(self).disabled = rt.truthy(v);
    },
  );

  d.set("root", root);
  d.set("Logger", loggerType);
  d.set("RootLogger", rootType);
  d.set(
    "getLogger",
    fn("getLogger", (_rt, [name]) => getLogger(name)),
  );
  d.set(
    "getLoggerClass",
    fn("getLoggerClass", () => loggerType),
  );
  for (const [name, level, exc] of [
    ["debug", 10, false],
    ["info", 20, false],
    ["warning", 30, false],
    ["error", 40, false],
    ["exception", 40, true],
    ["critical", 50, false],
    ["fatal", 50, false],
  ] as const) {
    d.set(
      name,
      fn(name, (_rt, [msg, ...args], kw) => {
        log(root, level, msg ?? None, args, kw, exc);
        return None;
      }),
    );
  }
  d.set(
    "warn",
    fn("warn", (_rt, args, kw) => deprecatedWarn(rt, root, args, kw)),
  );
  d.set(
    "log",
    fn("log", (_rt, [level, msg, ...args], kw) => {
      log(root, levelArg(level), msg ?? None, args, kw);
      return None;
    }),
  );
  d.set(
    "disable",
    fn("disable", (_rt, [level]) => {
      disableLevel = level === undefined ? 50 : levelArg(level);
      return None;
    }),
  );
  d.set(
    "captureWarnings",
    fn("captureWarnings", () => None),
  );
  d.set(
    "shutdown",
    fn("shutdown", () => None),
  );
  return m;
}

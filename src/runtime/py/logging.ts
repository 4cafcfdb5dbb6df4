/**
 * The `logging` module as the playground's root logger sees it: a hierarchy of
 * loggers with levels (the root at INFO, as the real-Tornado harness configures it),
 * records that become `log` trace events (`INFO:myapp:message`), %-style arguments,
 * exc_info and `exception()` attaching the exception being handled. Handlers and
 * formatters are accepted but change nothing: the playground shows every record the
 * levels let through, as the harness's single root handler does.
 */
import { PyModule, PyInstance, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyDict, PyTuple } from "../../python/objects/containers";
import { PyException, isPyException } from "../../python/objects/exceptions";
import { fn, methods, getter } from "../../python/builtins/registry";
import type { LogLevel } from "../../trace";
import type { World } from "../world";
import type { Concurrency } from "../futures/drivers";
import { runtimeClass, kwGet } from "../tornado/context";

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

/** The level the harness gives the root logger. */
const ROOT_LEVEL = 20;

class LoggerObj extends PyInstance {
  name = "root";
  level = 0;
  propagate = true;
  disabled = false;
  handlers: PyValue[] = [];
}

/** The trace's level name for a numeric level (custom levels take the standard one below them). */
function traceLevel(level: number): LogLevel {
  if (level >= 50) return "CRITICAL";
  if (level >= 40) return "ERROR";
  if (level >= 30) return "WARNING";
  if (level >= 20) return "INFO";
  return "DEBUG";
}

export interface LoggingDeps {
  readonly world: World;
  readonly cc: Concurrency;
  /** The exception being handled, for exc_info=True and exception(). */
  readonly currentException: () => PyException | null;
}

export function makeLoggingModule({ world, cc, currentException }: LoggingDeps): PyModule {
  const rt = world.rt;
  const loggerType = runtimeClass("Logger", "logging", undefined, (cls) => new LoggerObj(cls));
  const rootType = runtimeClass("RootLogger", "logging", [loggerType]);
  const root = new LoggerObj(rootType);
  root.level = ROOT_LEVEL;
  const loggers = new Map<string, LoggerObj>();
  let disableLevel = 0;
  const fileModule = rt.filename.replace(/\.py$/, "");

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

  world.logFilter = (level, name) => {
    const l = getLogger(name);
    return enabledFor(l, LEVELS[level] ?? 0) && reachesRoot(l);
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
    if (!enabledFor(l, level) || !reachesRoot(l)) return;
    const excArg = kwGet(kw, "exc_info");
    const exc = excOf(excArg === undefined ? (excDefault ? true : undefined) : excArg);
    world.log(traceLevel(level), l.name, format(msg, args), exc, exc ? cc.tracebackOf(exc) : null, [
      fileModule,
      rt.currentLine(),
    ]);
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
      log(L(self), levelArg(level), msg ?? None, args, kw);
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
      L(self).handlers.push(h!);
      return None;
    },
    removeHandler: (_rt, self, [h]) => {
      L(self).handlers = L(self).handlers.filter((x) => x !== h);
      return None;
    },
    hasHandlers: () => true,
    addFilter: () => None,
    removeFilter: () => None,
    __repr__: (_rt, self) => {
      const l = L(self);
      const name = NAMES.get(effectiveLevel(l)) ?? `Level ${effectiveLevel(l)}`;
      return `<${l === root ? "RootLogger" : "Logger"} ${l.name} (${name})>`;
    },
  });
  getter(loggerType, "name", (_rt, self) => L(self).name);
  getter(loggerType, "level", (_rt, self) => L(self).level);
  getter(loggerType, "handlers", (_rt, self) => rt.list(L(self).handlers));
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

  // Handlers, formatters and filters: accepted, inert.
  const inert = () => None;
  const handlerType = runtimeClass("Handler", "logging");
  methods(handlerType, {
    __init__: inert,
    setLevel: inert,
    setFormatter: inert,
    addFilter: inert,
    removeFilter: inert,
    flush: inert,
    close: inert,
    emit: inert,
    handle: inert,
  });
  const formatterType = runtimeClass("Formatter", "logging");
  methods(formatterType, { __init__: inert, format: (_rt, _self, [record]) => rt.str(record ?? None) });
  const filterType = runtimeClass("Filter", "logging");
  methods(filterType, { __init__: inert, filter: () => true });

  const m = new PyModule("logging");
  const d = m.$dict!;
  for (const [k, v] of Object.entries(LEVELS)) d.set(k, v);
  d.set("root", root);
  d.set("Logger", loggerType);
  d.set("RootLogger", rootType);
  d.set("Handler", handlerType);
  for (const name of ["StreamHandler", "FileHandler", "NullHandler"])
    d.set(name, runtimeClass(name, "logging", [handlerType]));
  d.set("Formatter", formatterType);
  d.set("Filter", filterType);
  d.set(
    "getLogger",
    fn("getLogger", (_rt, [name]) => getLogger(name)),
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
    "basicConfig",
    fn("basicConfig", (_rt, _args, kw) => {
      // The root logger already has the playground's handler, so, as in Python,
      // basicConfig changes nothing unless force=True.
      if (rt.truthy(kwGet(kw, "force") ?? false)) {
        const level = kwGet(kw, "level");
        if (level !== undefined) root.level = levelArg(level);
      }
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
    "getLevelName",
    fn("getLevelName", (_rt, [level]) => {
      if (typeof level === "number") return NAMES.get(level) ?? `Level ${level}`;
      const n = LEVELS[String(level)];
      return n !== undefined ? n : `Level ${rt.str(level ?? None)}`;
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

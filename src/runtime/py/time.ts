/**
 * The `time` module on the virtual clock: `sleep` blocks whoever calls it (the whole
 * IOLoop, or only an executor's thread), the clocks read virtual time, and the
 * calendar functions (gmtime, localtime, strftime...) see the epoch 2026-11-24
 * 14:05:24 UTC plus virtual time, in a UTC time zone.
 */
import { PyModule, PyFloat, PyType, None, type PyValue } from "../../python/objects/core";
import { PyTuple } from "../../python/objects/containers";
import { fn, method } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import type { World } from "../world";
import { seconds } from "../tornado/seconds";
import { EPOCH_SECONDS, MONOTONIC_BASE } from "../tornado/ioloop-time";

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The broken-down UTC time of `secs` since the Unix epoch (a calculation, not a clock read). */
export function brokenDown(secs: number): number[] {
  const d = new Date(Math.floor(secs) * 1000);
  const year = d.getUTCFullYear();
  const yday = Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  return [
    year,
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** C-locale strftime of broken-down time `t` (the struct_time fields). */
export function strftime(format: string, t: number[]): string {
  const [Y, mo, d, H, M, S, wd, yd] = t as [number, number, number, number, number, number, number, number];
  const weekOfYear = (firstDay: number) => Math.floor((yd - 1 + 7 - ((wd - firstDay + 7) % 7)) / 7);
  const one = (c: string): string => {
    switch (c) {
      case "a":
        return DAYS[wd]!.slice(0, 3);
      case "A":
        return DAYS[wd]!;
      case "b":
      case "h":
        return MONTHS[mo - 1]!.slice(0, 3);
      case "B":
        return MONTHS[mo - 1]!;
      case "c":
        return `${one("a")} ${one("b")} ${String(d).padStart(2, " ")} ${one("X")} ${Y}`;
      case "d":
        return pad(d);
      case "e":
        return String(d).padStart(2, " ");
      case "H":
        return pad(H);
      case "I":
        return pad(H % 12 === 0 ? 12 : H % 12);
      case "j":
        return pad(yd, 3);
      case "m":
        return pad(mo);
      case "M":
        return pad(M);
      case "p":
        return H < 12 ? "AM" : "PM";
      case "S":
        return pad(S);
      case "U":
        return pad(weekOfYear(6));
      case "W":
        return pad(weekOfYear(0));
      case "w":
        return String((wd + 1) % 7);
      case "x":
        return `${pad(mo)}/${pad(d)}/${pad(Y % 100)}`;
      case "X":
        return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case "y":
        return pad(Y % 100);
      case "Y":
        return String(Y);
      case "Z":
        return "UTC";
      case "z":
        return "+0000";
      case "%":
        return "%";
      default:
        return "%" + c;
    }
  };
  return format.replace(/%(.)/gs, (_m, c: string) => one(c));
}

/** Build `time` for one run; `sleep(us, cause)` is how the caller blocks (loop or thread). */
export function makeTimeModule(world: World, sleep: (us: number, cause: string) => void): PyModule {
  const rt = world.rt;
  const m = new PyModule("time");
  const d = m.$dict!;
  const wall = () => EPOCH_SECONDS + world.now() / 1e6;
  const mono = () => MONOTONIC_BASE + world.now() / 1e6;

  const namedtuple = rt.getattr(loadModule(rt, "collections"), "namedtuple");
  const structTime = rt.call(namedtuple, ["struct_time", rt.list(FIELDS)]) as PyType;
  method(structTime, "__repr__", (_rt, self) => {
    const items = (self as PyTuple).items;
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${rt.repr(items[i]!)}`).join(", ")})`;
  });
  const toStruct = (fields: number[]) => rt.call(structTime, fields);
  const fromStruct = (v: PyValue): number[] => rt.toArray(v).map((x) => Number(seconds(rt, x)));
  const secsArg = (v: PyValue | undefined) => (v === undefined || v === None ? wall() : seconds(rt, v));

  d.set("struct_time", structTime);
  d.set(
    "sleep",
    fn("sleep", (_rt, [s]) => {
      const secs = seconds(rt, s!);
      if (secs < 0) throw rt.error("ValueError", "sleep length must be non-negative");
      sleep(secs * 1e6, `time.sleep(${rt.repr(s!)})`);
      return None;
    }),
  );
  d.set(
    "time",
    fn("time", () => new PyFloat(wall())),
  );
  d.set(
    "time_ns",
    fn("time_ns", () => BigInt(Math.round(wall() * 1e6)) * 1000n),
  );
  for (const name of ["monotonic", "perf_counter", "process_time"]) {
    d.set(
      name,
      fn(name, () => new PyFloat(mono())),
    );
    d.set(
      `${name}_ns`,
      fn(`${name}_ns`, () => BigInt(Math.round(mono() * 1e6)) * 1000n),
    );
  }
  const gmtime = fn("gmtime", (_rt, [s]) => toStruct(brokenDown(secsArg(s))));
  d.set("gmtime", gmtime);
  d.set("localtime", gmtime);
  d.set(
    "mktime",
    fn("mktime", (_rt, [t]) => {
      const [Y, mo, dd, H, M, S] = fromStruct(t!) as [number, number, number, number, number, number];
      return new PyFloat(Date.UTC(Y, mo - 1, dd, H, M, S) / 1000);
    }),
  );
  d.set(
    "strftime",
    fn("strftime", (_rt, [format, t]) =>
      strftime(String(format), t === undefined ? brokenDown(wall()) : fromStruct(t)),
    ),
  );
  const asctime = (t: number[]) => strftime("%a %b %e %H:%M:%S %Y", t);
  d.set(
    "asctime",
    fn("asctime", (_rt, [t]) => asctime(t === undefined ? brokenDown(wall()) : fromStruct(t))),
  );
  d.set(
    "ctime",
    fn("ctime", (_rt, [s]) => asctime(brokenDown(secsArg(s)))),
  );
  d.set("timezone", 0);
  d.set("altzone", 0);
  d.set("daylight", 0);
  d.set("tzname", new PyTuple(["UTC", "UTC"]));
  return m;
}

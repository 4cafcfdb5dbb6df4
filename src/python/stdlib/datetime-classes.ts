/**
 * `datetime.date`, `datetime.time`, `datetime.datetime` and `datetime.timezone`,
 * following Lib/datetime.py. Nothing reads the wall clock: `now()`/`today()` use the
 * runtime's `time.time()` when the runtime provides a (virtual) `time` module, and
 * raise NotImplementedError otherwise; naive timestamps are taken as UTC.
 */
import { PyObject, PyType, None, NotImplemented, normInt, typeOf, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { loadModule } from "../interp/imports";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { defClassMethod, defGetter, defMethods, defNew, indexArg, newClass, realArg } from "./util";
import { makeNamedTuple } from "./collections-namedtuple";
import { TimedeltaObj, type TimedeltaKit } from "./datetime-timedelta";
import {
  daysInMonth,
  formatOffset,
  isoCalendar,
  ordToYmd,
  parseIso,
  strftime,
  strptime,
  weekday,
  ymdToOrd,
  type Fields,
  type Parsed,
} from "./datetime-calendar";

const US_PER_DAY = 86_400_000_000n;
const MAX_ORD = ymdToOrd(9999, 12, 31);

export class DateObj extends PyObject {
  constructor(
    cls: PyType,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    super(cls);
  }
}

export class DateTimeObj extends DateObj {
  constructor(
    cls: PyType,
    y: number,
    m: number,
    d: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly us: number,
    readonly tz: PyValue,
    readonly fold: number,
  ) {
    super(cls, y, m, d);
  }
}

export class TimeObj extends PyObject {
  constructor(
    cls: PyType,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly us: number,
    readonly tz: PyValue,
  ) {
    super(cls);
  }
}

export class TimezoneObj extends PyObject {
  constructor(
    cls: PyType,
    /** The offset in microseconds. */
    readonly offset: bigint,
    readonly name: string | null,
  ) {
    super(cls);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The classes, for the module. */
export interface DateKit {
  readonly date: PyType;
  readonly time: PyType;
  readonly datetime: PyType;
  readonly timezone: PyType;
  readonly tzinfo: PyType;
}

/** Build date, time, datetime, timezone and tzinfo for one interpreter. */
export function makeDateClasses(rt0: Interpreter, td: TimedeltaKit): DateKit {
  const tzinfo = newClass("tzinfo", "datetime");
  const timezone = newClass("timezone", "datetime", [tzinfo]);
  const date = newClass("date", "datetime");
  const datetime = newClass("datetime", "datetime", [date]);
  const time = newClass("time", "datetime");
  const isoCal = makeNamedTuple(rt0, "IsoCalendarDate", ["year", "week", "weekday"], { module: "datetime" });
  isoCal.name = "datetime.IsoCalendarDate";

  const int = (rt: Interpreter, v: PyValue) => Number(indexArg(rt, v));

  const checkDate = (rt: Interpreter, y: number, m: number, d: number) => {
    if (y < 1 || y > 9999) throw rt.error("ValueError", `year ${y} is out of range`);
    if (m < 1 || m > 12) throw rt.error("ValueError", "month must be in 1..12");
    if (d < 1 || d > daysInMonth(y, m)) throw rt.error("ValueError", "day is out of range for month");
  };
  const checkTime = (rt: Interpreter, h: number, mi: number, s: number, us: number) => {
    if (h < 0 || h > 23) throw rt.error("ValueError", "hour must be in 0..23");
    if (mi < 0 || mi > 59) throw rt.error("ValueError", "minute must be in 0..59");
    if (s < 0 || s > 59) throw rt.error("ValueError", "second must be in 0..59");
    if (us < 0 || us > 999999) throw rt.error("ValueError", "microsecond must be in 0..999999");
  };
  const checkTz = (rt: Interpreter, tz: PyValue) => {
    if (tz !== None && !rt.isInstance(tz, tzinfo)) {
      throw rt.error(
        "TypeError",
        `tzinfo argument must be None or of a tzinfo subclass, not type '${typeOf(tz).name}'`,
      );
    }
  };

  /** The UTC offset of an aware value in microseconds, or null when naive. */
  const offsetOf = (rt: Interpreter, tz: PyValue, dt: PyValue): bigint | null => {
    if (tz === None) return null;
    if (tz instanceof TimezoneObj) return tz.offset;
    const r = rt.callMethod(tz, "utcoffset", [dt]);
    if (r === None) return null;
    if (!(r instanceof TimedeltaObj)) throw rt.error("TypeError", "tzinfo.utcoffset() must return None or timedelta");
    return r.total;
  };
  const tzName = (rt: Interpreter, tz: PyValue, dt: PyValue): PyValue =>
    tz === None ? None : rt.callMethod(tz, "tzname", [dt]);

  const fields = (rt: Interpreter, o: DateObj | TimeObj): Fields => {
    const isTime = o instanceof TimeObj;
    const dt = o instanceof DateTimeObj ? o : null;
    const tz = isTime ? o.tz : dt ? dt.tz : None;
    const off = tz === None ? null : offsetOf(rt, tz, isTime ? None : o);
    const name = off === null ? "" : tzName(rt, tz, isTime ? None : o);
    return {
      year: isTime ? 1900 : (o as DateObj).year,
      month: isTime ? 1 : (o as DateObj).month,
      day: isTime ? 1 : (o as DateObj).day,
      hour: isTime ? o.hour : dt ? dt.hour : 0,
      minute: isTime ? o.minute : dt ? dt.minute : 0,
      second: isTime ? o.second : dt ? dt.second : 0,
      microsecond: isTime ? o.us : dt ? dt.us : 0,
      offset: off === null ? null : Number(off) / 1e6,
      tzname: name === None ? "" : rt.str(name),
    };
  };

  const timeIso = (h: number, mi: number, s: number, us: number, spec: string, rt: Interpreter): string => {
    switch (spec) {
      case "auto":
        return `${pad(h)}:${pad(mi)}:${pad(s)}` + (us ? `.${pad(us, 6)}` : "");
      case "hours":
        return pad(h);
      case "minutes":
        return `${pad(h)}:${pad(mi)}`;
      case "seconds":
        return `${pad(h)}:${pad(mi)}:${pad(s)}`;
      case "milliseconds":
        return `${pad(h)}:${pad(mi)}:${pad(s)}.${pad(Math.floor(us / 1000), 3)}`;
      case "microseconds":
        return `${pad(h)}:${pad(mi)}:${pad(s)}.${pad(us, 6)}`;
    }
    throw rt.error("ValueError", "Unknown timespec value");
  };
  const dateIso = (o: DateObj) => `${pad(o.year, 4)}-${pad(o.month)}-${pad(o.day)}`;

  // --- datetime as microseconds since 0001-01-01 ---
  const dtUs = (o: DateTimeObj): bigint =>
    BigInt(ymdToOrd(o.year, o.month, o.day)) * US_PER_DAY +
    BigInt(o.hour * 3600 + o.minute * 60 + o.second) * 1_000_000n +
    BigInt(o.us);
  const fromDtUs = (rt: Interpreter, cls: PyType, us: bigint, tz: PyValue): DateTimeObj => {
    let days = us / US_PER_DAY;
    let rest = us % US_PER_DAY;
    if (rest < 0n) {
      rest += US_PER_DAY;
      days -= 1n;
    }
    if (days < 1n || days > BigInt(MAX_ORD)) throw rt.error("OverflowError", "date value out of range");
    const [y, m, d] = ordToYmd(Number(days));
    const secs = Number(rest / 1_000_000n);
    return new DateTimeObj(
      cls,
      y,
      m,
      d,
      Math.floor(secs / 3600),
      Math.floor((secs % 3600) / 60),
      secs % 60,
      Number(rest % 1_000_000n),
      tz,
      0,
    );
  };
  const fromParsed = (rt: Interpreter, cls: PyType, p: Parsed): DateTimeObj => {
    checkDate(rt, p.year, p.month, p.day);
    checkTime(rt, p.hour, p.minute, p.second, p.microsecond);
    const tz = p.offset === null ? None : makeTz(rt, BigInt(Math.round(p.offset * 1e6)), null);
    return new DateTimeObj(cls, p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, tz, 0);
  };
  const utcTz = new TimezoneObj(timezone, 0n, null);
  const makeTz = (rt: Interpreter, offset: bigint, name: string | null): TimezoneObj => {
    if (offset <= -US_PER_DAY || offset >= US_PER_DAY) {
      throw rt.error(
        "ValueError",
        "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), " +
          `not ${rt.repr(td.fromUs(rt, offset))}.`,
      );
    }
    return offset === 0n && name === null ? utcTz : new TimezoneObj(timezone, offset, name);
  };
  /** A POSIX timestamp as a datetime in `tz` (naive values are taken as UTC). */
  const fromTimestamp = (rt: Interpreter, cls: PyType, ts: number, tz: PyValue): DateTimeObj => {
    const epoch = BigInt(ymdToOrd(1970, 1, 1)) * US_PER_DAY;
    const us = epoch + BigInt(Math.round(ts * 1e6));
    const off = tz === None ? 0n : (offsetOf(rt, tz, None) ?? 0n);
    return fromDtUs(rt, cls, us + off, tz);
  };
  const virtualNow = (rt: Interpreter, what: string): number => {
    let timeModule: PyValue;
    try {
      timeModule = loadModule(rt, "time");
    } catch {
      throw rt.error(
        "NotImplementedError",
        `${what} would read the wall clock; runs here are deterministic, so build the value with datetime(...)`,
      );
    }
    return realArg(rt, rt.callMethod(timeModule, "time", []));
  };

  // --- timezone ---
  defNew(timezone, (rt, _cls, args, kw) => {
    const [offset, name] = parseArgs(rt, "timezone", args, kw, ["offset", "name"], 1);
    if (!(offset instanceof TimedeltaObj)) {
      throw rt.error("TypeError", `timezone() argument 1 must be datetime.timedelta, not ${typeOf(offset).name}`);
    }
    if (name !== undefined && typeof name !== "string") {
      throw rt.error("TypeError", `timezone() argument 2 must be str, not ${typeOf(name).name}`);
    }
    return makeTz(rt, offset.total, (name as string | undefined) ?? null);
  });
  const tzString = (z: TimezoneObj) =>
    z.name !== null ? z.name : z.offset === 0n ? "UTC" : "UTC" + formatOffset(Number(z.offset) / 1e6);
  defMethods(timezone, {
    utcoffset: (rt, self) => td.fromUs(rt, (self as TimezoneObj).offset),
    tzname: (_rt, self) => tzString(self as TimezoneObj),
    dst: () => None,
    __str__: (_rt, self) => tzString(self as TimezoneObj),
    __repr__: (rt, self) => {
      const z = self as TimezoneObj;
      if (z === utcTz) return "datetime.timezone.utc";
      const off = rt.repr(td.fromUs(rt, z.offset));
      return z.name === null ? `datetime.timezone(${off})` : `datetime.timezone(${off}, ${rt.repr(z.name)})`;
    },
    __eq__: (_rt, self, [o]) => (o instanceof TimezoneObj ? o.offset === (self as TimezoneObj).offset : NotImplemented),
    __hash__: (rt, self) => rt.hash(normInt((self as TimezoneObj).offset)),
  });
  timezone.dict.set("utc", utcTz);

  // --- date ---
  defNew(date, (rt, cls, args, kw) => {
    const [y, m, d] = parseArgs(rt, "date", args, kw, ["year", "month", "day"], 3).map((v) => int(rt, v));
    checkDate(rt, y!, m!, d!);
    return new DateObj(cls, y!, m!, d!);
  });
  const D = (v: PyValue) => v as DateObj;
  const compareKey = (rt: Interpreter, a: DateObj, b: PyValue, eq = false): [bigint, bigint] | null => {
    if (a instanceof DateTimeObj) {
      if (!(b instanceof DateTimeObj)) return null;
      const oa = offsetOf(rt, a.tz, a);
      const ob = offsetOf(rt, b.tz, b);
      if ((oa === null) !== (ob === null)) {
        // Equality between a naive and an aware datetime is False; ordering them is an error.
        if (eq) return [0n, 1n];
        throw rt.error("TypeError", "can't compare offset-naive and offset-aware datetimes");
      }
      return [dtUs(a) - (oa ?? 0n), dtUs(b) - (ob ?? 0n)];
    }
    if (!(b instanceof DateObj) || b instanceof DateTimeObj) return null;
    return [BigInt(ymdToOrd(a.year, a.month, a.day)), BigInt(ymdToOrd(b.year, b.month, b.day))];
  };
  const order =
    (op: "<" | "<=" | ">" | ">=") =>
    (rt: Interpreter, self: PyValue, [o]: PyValue[]) => {
      const k = compareKey(rt, D(self), o);
      if (!k) {
        if (o instanceof DateObj) throw rt.error("TypeError", "can't compare datetime.datetime to datetime.date");
        if (o instanceof PyObject && !o.$cls.isBuiltin && !(o instanceof DateObj)) return NotImplemented;
        const name = (v: PyValue) =>
          v instanceof DateTimeObj ? "datetime.datetime" : v instanceof DateObj ? "datetime.date" : typeOf(v).name;
        throw rt.error("TypeError", `'${op}' not supported between instances of '${name(self)}' and '${name(o)}'`);
      }
      const [a, b] = k;
      return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
    };
  defMethods(date, {
    toordinal: (_rt, self) => ymdToOrd(D(self).year, D(self).month, D(self).day),
    weekday: (_rt, self) => weekday(ymdToOrd(D(self).year, D(self).month, D(self).day)),
    isoweekday: (_rt, self) => weekday(ymdToOrd(D(self).year, D(self).month, D(self).day)) + 1,
    isocalendar: (rt, self) => rt.call(isoCal, isoCalendar(D(self).year, D(self).month, D(self).day)),
    isoformat: (_rt, self) => dateIso(D(self)),
    __str__: (_rt, self) => dateIso(D(self)),
    __repr__: (_rt, self) => {
      const o = D(self);
      const name = typeOf(o) === date ? "datetime.date" : typeOf(o).name;
      return `${name}(${o.year}, ${o.month}, ${o.day})`;
    },
    strftime: (rt, self, [fmt]) => strftime(fields(rt, D(self)), rt.str(fmt)),
    __format__: (rt, self, [spec]) =>
      rt.str(spec) === "" ? rt.str(self) : strftime(fields(rt, D(self)), rt.str(spec)),
    ctime: (rt, self) => strftime(fields(rt, D(self)), "%c"),
    timetuple: (rt, self) => {
      const f = fields(rt, D(self));
      const ord = ymdToOrd(f.year, f.month, f.day);
      return new PyTuple([
        f.year,
        f.month,
        f.day,
        f.hour,
        f.minute,
        f.second,
        weekday(ord),
        ord - ymdToOrd(f.year, 1, 1) + 1,
        -1,
      ]);
    },
    replace: (rt, self, args, kw) => {
      const o = D(self);
      const [y, m, d] = parseArgs(rt, "replace", args, kw, ["year", "month", "day"]);
      const ny = y === undefined ? o.year : int(rt, y);
      const nm = m === undefined ? o.month : int(rt, m);
      const nd = d === undefined ? o.day : int(rt, d);
      checkDate(rt, ny, nm, nd);
      return new DateObj(typeOf(o), ny, nm, nd);
    },
    __eq__: (rt, self, [o]) => {
      const k = compareKey(rt, D(self), o, true);
      if (!k) return o instanceof DateObj ? false : NotImplemented;
      return k[0] === k[1];
    },
    __lt__: order("<"),
    __le__: order("<="),
    __gt__: order(">"),
    __ge__: order(">="),
    __hash__: (rt, self) => {
      const o = D(self);
      if (o instanceof DateTimeObj) return rt.hash(normInt(dtUs(o) - (offsetOf(rt, o.tz, o) ?? 0n)));
      return rt.hash(new PyTuple([o.year, o.month, o.day]));
    },
    __add__: (rt, self, [o]) => {
      if (!(o instanceof TimedeltaObj)) return NotImplemented;
      const a = D(self);
      if (a instanceof DateTimeObj) return fromDtUs(rt, typeOf(a), dtUs(a) + o.total, a.tz);
      const ord = ymdToOrd(a.year, a.month, a.day) + o.days;
      if (ord < 1 || ord > MAX_ORD) throw rt.error("OverflowError", "date value out of range");
      const [y, m, d] = ordToYmd(ord);
      return new DateObj(typeOf(a), y, m, d);
    },
    __radd__: (rt, self, [o]) => rt.callMethod(self, "__add__", [o]),
    __sub__: (rt, self, [o]) => {
      const a = D(self);
      if (o instanceof TimedeltaObj) return rt.callMethod(a, "__add__", [td.fromUs(rt, -o.total)]);
      if (a instanceof DateTimeObj) {
        if (!(o instanceof DateTimeObj)) return NotImplemented;
        const oa = offsetOf(rt, a.tz, a);
        const ob = offsetOf(rt, o.tz, o);
        if ((oa === null) !== (ob === null))
          throw rt.error("TypeError", "can't subtract offset-naive and offset-aware datetimes");
        return td.fromUs(rt, dtUs(a) - (oa ?? 0n) - (dtUs(o) - (ob ?? 0n)));
      }
      if (!(o instanceof DateObj) || o instanceof DateTimeObj) return NotImplemented;
      return td.fromUs(rt, BigInt(ymdToOrd(a.year, a.month, a.day) - ymdToOrd(o.year, o.month, o.day)) * US_PER_DAY);
    },
  });
  for (const n of ["year", "month", "day"] as const) defGetter(date, n, (_rt, self) => D(self)[n]);
  defClassMethod(date, "fromordinal", (rt, cls, [n]) => {
    const ord = int(rt, n);
    if (ord < 1 || ord > MAX_ORD) throw rt.error("ValueError", `ordinal must be >= 1`);
    const [y, m, d] = ordToYmd(ord);
    return cls === datetime || cls.isSubtypeOf(datetime)
      ? new DateTimeObj(cls, y, m, d, 0, 0, 0, 0, None, 0)
      : new DateObj(cls, y, m, d);
  });
  defClassMethod(date, "fromisoformat", (rt, cls, [s]) => {
    if (typeof s !== "string") throw rt.error("TypeError", "fromisoformat: argument must be str");
    const p = parseIso(s);
    const dateOnly = /^\d{4}-?\d{2}-?\d{2}$/.test(s);
    if (!p || (!cls.isSubtypeOf(datetime) && !dateOnly))
      throw rt.error("ValueError", `Invalid isoformat string: ${rt.repr(s)}`);
    if (cls.isSubtypeOf(datetime)) return fromParsed(rt, cls, p);
    checkDate(rt, p.year, p.month, p.day);
    return new DateObj(cls, p.year, p.month, p.day);
  });
  defClassMethod(date, "today", (rt, cls) => {
    const dt = fromTimestamp(rt, datetime, virtualNow(rt, `${cls.name}.today()`), None);
    return cls.isSubtypeOf(datetime) ? dt : new DateObj(cls, dt.year, dt.month, dt.day);
  });
  defClassMethod(date, "fromtimestamp", (rt, cls, args, kw) => {
    const [ts, tz] = parseArgs(rt, "fromtimestamp", args, kw, ["timestamp", "tz"], 1);
    if (tz !== undefined) checkTz(rt, tz);
    const dt = fromTimestamp(rt, cls.isSubtypeOf(datetime) ? cls : datetime, realArg(rt, ts), tz ?? None);
    return cls.isSubtypeOf(datetime) ? dt : new DateObj(cls, dt.year, dt.month, dt.day);
  });
  date.dict.set("min", new DateObj(date, 1, 1, 1));
  date.dict.set("max", new DateObj(date, 9999, 12, 31));
  date.dict.set("resolution", td.fromUs(rt0, US_PER_DAY));

  // --- datetime ---
  const DT = (v: PyValue) => v as DateTimeObj;
  const DT_PARAMS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
  defNew(datetime, (rt, cls, args, kw) => {
    const vals = parseArgs(rt, "datetime", args, kw, DT_PARAMS, 3, { kwOnly: ["fold"] });
    const [y, m, d, h, mi, s, us] = vals.slice(0, 7).map((v) => (v === undefined ? 0 : int(rt, v)));
    const tz = vals[7] ?? None;
    checkDate(rt, y!, m!, d!);
    checkTime(rt, h!, mi!, s!, us!);
    checkTz(rt, tz);
    return new DateTimeObj(cls, y!, m!, d!, h!, mi!, s!, us!, tz, vals[8] === undefined ? 0 : int(rt, vals[8]));
  });
  defMethods(datetime, {
    isoformat: (rt, self, args, kw) => {
      const [sep, spec] = parseArgs(rt, "isoformat", args, kw, ["sep", "timespec"]);
      const o = DT(self);
      const off = offsetOf(rt, o.tz, o);
      return (
        dateIso(o) +
        (sep === undefined ? "T" : rt.str(sep)) +
        timeIso(o.hour, o.minute, o.second, o.us, spec === undefined ? "auto" : rt.str(spec), rt) +
        (off === null ? "" : formatOffset(Number(off) / 1e6))
      );
    },
    __str__: (rt, self) => rt.callMethod(self, "isoformat", [" "]),
    __repr__: (rt, self) => {
      const o = DT(self);
      const parts = [o.year, o.month, o.day, o.hour, o.minute, o.second, o.us];
      if (parts[6] === 0) {
        parts.pop();
        if (parts[5] === 0) parts.pop();
      }
      const name = typeOf(o) === datetime ? "datetime.datetime" : typeOf(o).name;
      const tz = o.tz === None ? "" : `, tzinfo=${rt.repr(o.tz)}`;
      return `${name}(${parts.join(", ")}${tz})`;
    },
    date: (_rt, self) => new DateObj(date, DT(self).year, DT(self).month, DT(self).day),
    time: (_rt, self) => new TimeObj(time, DT(self).hour, DT(self).minute, DT(self).second, DT(self).us, None),
    timetz: (_rt, self) => new TimeObj(time, DT(self).hour, DT(self).minute, DT(self).second, DT(self).us, DT(self).tz),
    utcoffset: (rt, self) => {
      const off = offsetOf(rt, DT(self).tz, self);
      return off === null ? None : td.fromUs(rt, off);
    },
    tzname: (rt, self) => tzName(rt, DT(self).tz, self),
    dst: (rt, self) => (DT(self).tz === None ? None : rt.callMethod(DT(self).tz, "dst", [self])),
    timestamp: (rt, self) => {
      const o = DT(self);
      const us = dtUs(o) - (offsetOf(rt, o.tz, o) ?? 0n) - BigInt(ymdToOrd(1970, 1, 1)) * US_PER_DAY;
      return rt.binary("/", normInt(us), 1_000_000);
    },
    astimezone: (rt, self, args) => {
      const o = DT(self);
      const tz = args.length && args[0] !== None ? args[0] : utcTz;
      checkTz(rt, tz);
      const utc = dtUs(o) - (offsetOf(rt, o.tz, o) ?? 0n);
      return fromDtUs(rt, typeOf(o), utc + (offsetOf(rt, tz, None) ?? 0n), tz);
    },
    replace: (rt, self, args, kw) => {
      const o = DT(self);
      const vals = parseArgs(rt, "replace", args, kw, DT_PARAMS, 0, { kwOnly: ["fold"] });
      const cur = [o.year, o.month, o.day, o.hour, o.minute, o.second, o.us];
      const [y, m, d, h, mi, s, us] = cur.map((c, i) => (vals[i] === undefined ? c : int(rt, vals[i])));
      const tz = vals[7] === undefined ? o.tz : vals[7];
      checkDate(rt, y!, m!, d!);
      checkTime(rt, h!, mi!, s!, us!);
      checkTz(rt, tz);
      return new DateTimeObj(typeOf(o), y!, m!, d!, h!, mi!, s!, us!, tz, o.fold);
    },
  });
  for (const n of ["hour", "minute", "second", "fold"] as const) defGetter(datetime, n, (_rt, self) => DT(self)[n]);
  defGetter(datetime, "microsecond", (_rt, self) => DT(self).us);
  defGetter(datetime, "tzinfo", (_rt, self) => DT(self).tz);
  defClassMethod(datetime, "now", (rt, cls, args, kw) => {
    const [tz] = parseArgs(rt, "now", args, kw, ["tz"]);
    if (tz !== undefined) checkTz(rt, tz);
    return fromTimestamp(rt, cls, virtualNow(rt, "datetime.now()"), tz ?? None);
  });
  defClassMethod(datetime, "utcnow", (rt, cls) => fromTimestamp(rt, cls, virtualNow(rt, "datetime.utcnow()"), None));
  defClassMethod(datetime, "utcfromtimestamp", (rt, cls, [ts]) => fromTimestamp(rt, cls, realArg(rt, ts), None));
  defClassMethod(datetime, "strptime", (rt, cls, [s, fmt]) => {
    const text = rt.str(s);
    const format = rt.str(fmt);
    const p = strptime(text, format);
    if (!p) throw rt.error("ValueError", `time data ${rt.repr(text)} does not match format ${rt.repr(format)}`);
    if ("unconverted" in p) throw rt.error("ValueError", `unconverted data remains: ${p.unconverted}`);
    return fromParsed(rt, cls, p);
  });
  defClassMethod(datetime, "combine", (rt, cls, args, kw) => {
    const [d, t, tz] = parseArgs(rt, "combine", args, kw, ["date", "time", "tzinfo"], 2);
    if (!(d instanceof DateObj)) throw rt.error("TypeError", "combine() argument 1 must be datetime.date");
    if (!(t instanceof TimeObj)) throw rt.error("TypeError", "combine() argument 2 must be datetime.time");
    return new DateTimeObj(cls, d.year, d.month, d.day, t.hour, t.minute, t.second, t.us, tz ?? t.tz, 0);
  });
  datetime.dict.set("min", new DateTimeObj(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0));
  datetime.dict.set("max", new DateTimeObj(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0));
  datetime.dict.set("resolution", td.fromUs(rt0, 1n));

  // --- time ---
  const T = (v: PyValue) => v as TimeObj;
  defNew(time, (rt, cls, args, kw) => {
    const vals = parseArgs(rt, "time", args, kw, ["hour", "minute", "second", "microsecond", "tzinfo"], 0, {
      kwOnly: ["fold"],
    });
    const [h, mi, s, us] = vals.slice(0, 4).map((v) => (v === undefined ? 0 : int(rt, v)));
    const tz = vals[4] ?? None;
    checkTime(rt, h!, mi!, s!, us!);
    checkTz(rt, tz);
    return new TimeObj(cls, h!, mi!, s!, us!, tz);
  });
  const timeKey = (rt: Interpreter, t: TimeObj) =>
    BigInt(t.hour * 3600 + t.minute * 60 + t.second) * 1_000_000n + BigInt(t.us) - (offsetOf(rt, t.tz, None) ?? 0n);
  const timeOrder =
    (op: "<" | "<=" | ">" | ">=") =>
    (rt: Interpreter, self: PyValue, [o]: PyValue[]) => {
      if (!(o instanceof TimeObj)) {
        throw rt.error(
          "TypeError",
          `'${op}' not supported between instances of 'datetime.time' and '${typeOf(o).name}'`,
        );
      }
      const a = timeKey(rt, T(self));
      const b = timeKey(rt, o);
      return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
    };
  defMethods(time, {
    isoformat: (rt, self, args, kw) => {
      const [spec] = parseArgs(rt, "isoformat", args, kw, ["timespec"]);
      const t = T(self);
      const off = offsetOf(rt, t.tz, None);
      return (
        timeIso(t.hour, t.minute, t.second, t.us, spec === undefined ? "auto" : rt.str(spec), rt) +
        (off === null ? "" : formatOffset(Number(off) / 1e6))
      );
    },
    __str__: (rt, self) => rt.callMethod(self, "isoformat", []),
    __repr__: (rt, self) => {
      const t = T(self);
      const parts = [t.hour, t.minute, t.second, t.us];
      if (parts[3] === 0) {
        parts.pop();
        if (parts[2] === 0) parts.pop();
      }
      const tz = t.tz === None ? "" : `, tzinfo=${rt.repr(t.tz)}`;
      return `${typeOf(t) === time ? "datetime.time" : typeOf(t).name}(${parts.join(", ")}${tz})`;
    },
    strftime: (rt, self, [fmt]) => strftime(fields(rt, T(self)), rt.str(fmt)),
    __format__: (rt, self, [spec]) =>
      rt.str(spec) === "" ? rt.str(self) : strftime(fields(rt, T(self)), rt.str(spec)),
    replace: (rt, self, args, kw) => {
      const t = T(self);
      const vals = parseArgs(rt, "replace", args, kw, ["hour", "minute", "second", "microsecond", "tzinfo"]);
      const cur = [t.hour, t.minute, t.second, t.us];
      const [h, mi, s, us] = cur.map((c, i) => (vals[i] === undefined ? c : int(rt, vals[i])));
      checkTime(rt, h!, mi!, s!, us!);
      return new TimeObj(typeOf(t), h!, mi!, s!, us!, vals[4] === undefined ? t.tz : vals[4]);
    },
    utcoffset: (rt, self) => {
      const off = offsetOf(rt, T(self).tz, None);
      return off === null ? None : td.fromUs(rt, off);
    },
    __eq__: (rt, self, [o]) => (o instanceof TimeObj ? timeKey(rt, T(self)) === timeKey(rt, o) : false),
    __lt__: timeOrder("<"),
    __le__: timeOrder("<="),
    __gt__: timeOrder(">"),
    __ge__: timeOrder(">="),
    __hash__: (rt, self) => rt.hash(normInt(timeKey(rt, T(self)))),
    __bool__: () => true,
  });
  for (const n of ["hour", "minute", "second"] as const) defGetter(time, n, (_rt, self) => T(self)[n]);
  defGetter(time, "microsecond", (_rt, self) => T(self).us);
  defGetter(time, "tzinfo", (_rt, self) => T(self).tz);
  defClassMethod(time, "fromisoformat", (rt, cls, [s]) => {
    const p = typeof s === "string" ? parseIso("2000-01-01T" + s) : null;
    if (!p) throw rt.error("ValueError", `Invalid isoformat string: ${rt.repr(s)}`);
    const tz = p.offset === null ? None : makeTz(rt, BigInt(Math.round(p.offset * 1e6)), null);
    return new TimeObj(cls, p.hour, p.minute, p.second, p.microsecond, tz);
  });
  time.dict.set("min", new TimeObj(time, 0, 0, 0, 0, None));
  time.dict.set("max", new TimeObj(time, 23, 59, 59, 999999, None));

  return { date, time, datetime, timezone, tzinfo };
}

/**
 * The `datetime` module: timedelta (datetime-timedelta.ts) and date, time, datetime,
 * timezone (datetime-classes.ts). Nothing reads the wall clock.
 */
import type { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { makeModule } from "./util";
import { makeTimedelta } from "./datetime-timedelta";
import { makeDateClasses } from "./datetime-classes";

/** Build the `datetime` module. */
export function datetimeModule(rt: Interpreter): PyModule {
  const td = makeTimedelta();
  const k = makeDateClasses(rt, td);
  return makeModule("datetime", {
    timedelta: td.type,
    date: k.date,
    time: k.time,
    datetime: k.datetime,
    timezone: k.timezone,
    tzinfo: k.tzinfo,
    UTC: k.timezone.dict.get("utc"),
    MINYEAR: 1,
    MAXYEAR: 9999,
  });
}

/**
 * The `datetime` module. `timedelta` is complete; `date` and `datetime` are not
 * provided beyond their names' absence, because reading the wall clock would make
 * runs non-deterministic (see datetime-timedelta.ts for the one class).
 */
import type { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { makeModule } from "./util";
import { makeTimedelta } from "./datetime-timedelta";

/** Build the `datetime` module. */
export function datetimeModule(_rt: Interpreter): PyModule {
  const td = makeTimedelta();
  return makeModule("datetime", {
    timedelta: td.type,
    MINYEAR: 1,
    MAXYEAR: 9999,
  });
}

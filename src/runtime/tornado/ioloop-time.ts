/**
 * The IOLoop's clock as Python code sees it, and Tornado's deadline arguments
 * (`add_timeout`, `with_timeout`, lock and queue timeouts): an absolute time on that
 * clock, or a `datetime.timedelta` from now.
 */
import type { PyValue } from "../../python/objects/core";
import { TimedeltaObj } from "../../python/stdlib/datetime-timedelta";
import type { World } from "../world";
import type { TornadoContext } from "./context";
import { seconds } from "./seconds";

/** Wall-clock epoch shown by `time.time()` at virtual time 0 (2026-11-24 14:05:24 UTC). */
export const EPOCH_SECONDS = 1795529124;

/** Where `time.monotonic()` (and asyncio's loop clock) stands at virtual time 0. */
export const MONOTONIC_BASE = 1000;

/** `IOLoop.time()`: `time.time()` in every release, the asyncio-based ones too (their
 * call_at converts to a delay on asyncio's monotonic clock), so a deadline built from
 * `time.time()` works as one built from `IOLoop.time()`. */
export function loopTime(world: World): number {
  return EPOCH_SECONDS + world.now() / 1e6;
}

/** Seconds from now until a Tornado deadline (absolute IOLoop time or timedelta). */
export function deadlineSeconds(ctx: TornadoContext, deadline: PyValue): number {
  const rt = ctx.world.rt;
  if (deadline instanceof TimedeltaObj) {
    return seconds(rt, rt.callMethod(deadline, "total_seconds", []));
  }
  return seconds(rt, deadline) - loopTime(ctx.world);
}

/**
 * Small pieces the emulated modules share: native coroutines (a JS generator body
 * driven like a compiled `async def`), timers that report themselves to the trace,
 * and Tornado's `future_add_done_callback` (inline when the Future is already done).
 */
import type { PyValue } from "../../python/objects/core";
import { Frame } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import type { World } from "../world";
import type { PyFuture } from "../futures/future";

export type NativeBody = Generator<PyValue, PyValue, PyValue>;

/** A coroutine object whose body is native code: it starts, suspends and is awaited
 * exactly as a compiled `async def` (and warns the same way if it is never awaited). */
export function nativeCoroutine(qualname: string, body: NativeBody): PyGenerator {
  return new PyGenerator(body, new Frame(qualname, "<native>", 0), qualname, true);
}

/** `await fut` inside a native body: suspends while it is pending, then returns its
 * result or throws its exception (as asyncio's `Future.__await__`). */
export function* awaitFuture(fut: PyFuture): NativeBody {
  if (!fut.done()) yield fut;
  return fut.get();
}

/** tornado.concurrent.future_add_done_callback: run `cb` now if `fut` is done, else when it is. */
export function futureAddDoneCallback(fut: PyFuture, cb: (f: PyFuture) => void): void {
  if (fut.done()) cb(fut);
  else fut.addDoneCallback(cb);
}

/** A timer at `dueUs` on the loop's clock, reported to the trace (set, fire). Returns its id. */
export function setTimer(world: World, dueUs: number, run: () => void, label: string): number {
  const id: number = world.loop.callAt(
    dueUs,
    world.job(() => {
      world.emit({ kind: "timer-fire", timer: id });
      run();
    }, label),
  );
  world.emit({
    kind: "timer-set",
    timer: id,
    due: dueUs as never,
    owner: world.owner,
    label,
    line: world.rt.currentLine() || null,
  });
  return id;
}

/** Remove a timer before it comes due (nothing happens if it already ran). */
export function clearTimer(world: World, id: number): void {
  if (world.loop.cancelTimer(id)) world.emit({ kind: "timer-cancel", timer: id });
}

/** A native coroutine that runs `body` when first awaited and returns its value without
 * suspending (an `async def` with no await in the path taken). */
export function immediateCoroutine(qualname: string, body: () => PyValue): PyGenerator {
  // eslint-disable-next-line require-yield -- it never suspends, as such an `async def`
  const run = function* (): NativeBody {
    return body();
  };
  return nativeCoroutine(qualname, run());
}

/**
 * asyncio.Barrier (CPython 3.11), built on asyncio's Condition as there: parties wait
 * until the last one arrives; the barrier then drains (everyone passes, each with its
 * arrival index) before it fills again. abort() breaks it, reset() sends the waiting
 * parties BrokenBarrierError and makes it usable again.
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { awaitable } from "../../python/interp/delegate";
import { fn, getter, methods, parseArgs } from "../../python/builtins/registry";
import { exceptionClass, runtimeClass, type TornadoContext } from "../tornado/context";
import { nativeCoroutine, immediateCoroutine, type NativeBody } from "./native";

type State = "filling" | "draining" | "resetting" | "broken";

class BarrierObj extends PyInstance {
  cond: PyValue = None;
  parties = 1;
  state: State = "filling";
  count = 0;
}

export function makeBarrierClasses(ctx: TornadoContext, conditionType: PyType): Record<string, PyType> {
  const rt = ctx.world.rt;
  const broken = exceptionClass("BrokenBarrierError", "asyncio.exceptions", "RuntimeError");
  const type = runtimeClass("Barrier", "asyncio.locks", undefined, (cls) => new BarrierObj(cls));
  const B = (v: PyValue) => v as BarrierObj;
  const notifyAll = (b: BarrierObj) => rt.callMethod(b.cond, "notify_all", []);
  /** `async with self._cond:` around `body`. */
  function* holding(b: BarrierObj, body: () => NativeBody): NativeBody {
    yield* awaitable(rt, rt.callMethod(b.cond, "acquire", []));
    try {
      return yield* body();
    } finally {
      rt.callMethod(b.cond, "release", []);
    }
  }
  function* holdingDo(b: BarrierObj, body: () => void): NativeBody {
    yield* awaitable(rt, rt.callMethod(b.cond, "acquire", []));
    try {
      body();
      return None;
    } finally {
      rt.callMethod(b.cond, "release", []);
    }
  }
  function* waitUntil(b: BarrierObj, ok: () => boolean): NativeBody {
    return yield* awaitable(rt, rt.callMethod(b.cond, "wait_for", [fn("<lambda>", () => ok())]));
  }
  const exit = (b: BarrierObj) => {
    if (b.count === 0) {
      if (b.state === "resetting" || b.state === "draining") b.state = "filling";
      notifyAll(b);
    }
  };

  methods(type, {
    __init__: (_rt, self, args, kw) => {
      const [parties] = parseArgs(rt, "Barrier", args, kw, ["parties"], 1);
      if (rt.lt(parties!, 1)) throw rt.error("ValueError", "parties must be > 0");
      const b = B(self);
      b.cond = rt.call(conditionType, []);
      b.parties = Number(parties);
      return None;
    },
    wait: (_rt, self) => {
      const b = B(self);
      return nativeCoroutine(
        "Barrier.wait",
        holding(b, function* (): NativeBody {
          yield* waitUntil(b, () => b.state !== "draining" && b.state !== "resetting");
          if (b.state === "broken") throw rt.call(broken, ["Barrier aborted"]);
          try {
            const index = b.count++;
            if (index + 1 === b.parties) {
              b.state = "draining";
              notifyAll(b);
            } else {
              yield* waitUntil(b, () => b.state !== "filling");
              // The wait let other parties change the state.
              const now = b.state as State;
              if (now === "broken" || now === "resetting") throw rt.call(broken, ["Abort or reset of barrier"]);
            }
            return index;
          } finally {
            b.count--;
            exit(b);
          }
        }),
      );
    },
    reset: (_rt, self) => {
      const b = B(self);
      return nativeCoroutine(
        "Barrier.reset",
        holdingDo(b, () => {
          b.state = b.count > 0 ? "resetting" : "filling";
          notifyAll(b);
        }),
      );
    },
    abort: (_rt, self) => {
      const b = B(self);
      return nativeCoroutine(
        "Barrier.abort",
        holdingDo(b, () => {
          b.state = "broken";
          notifyAll(b);
        }),
      );
    },
    __aenter__: (_rt, self) => rt.callMethod(self, "wait", []),
    __aexit__: () => immediateCoroutine("Barrier.__aexit__", () => None),
    __repr__: (_rt, self) => {
      const b = B(self);
      let extra: string = b.state;
      if (b.state !== "broken") extra += `, waiters:${b.state === "filling" ? b.count : 0}/${b.parties}`;
      return `<asyncio.locks.Barrier object at ${rt.addressOf(self)} [${extra}]>`;
    },
  });
  getter(type, "parties", (_rt, self) => B(self).parties);
  getter(type, "n_waiting", (_rt, self) => (B(self).state === "filling" ? B(self).count : 0));
  getter(type, "broken", (_rt, self) => B(self).state === "broken");
  return { Barrier: type, BrokenBarrierError: broken };
}

/**
 * asyncio's queues (Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull) as CPython
 * 3.11 runs them. Unlike tornado.queues there is no hand-off: a put stores the item and
 * wakes the oldest getter, which takes an item (not necessarily that one) when it runs;
 * a get wakes the oldest putter the same way. A woken waiter checks again and may wait
 * again, and a cancelled waiter passes its wake-up on.
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { methods, getter, parseArgs } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { exceptionClass, runtimeClass, type TornadoContext } from "../tornado/context";
import { awaitable } from "../../python/interp/delegate";
import { nativeCoroutine, awaitFuture, type NativeBody } from "./native";
import { heapPop, heapPush } from "./asyncio-heap";

type Order = "fifo" | "lifo" | "priority";

class AsyncQueue extends PyInstance {
  maxsize = 0;
  items: PyValue[] = [];
  getters: PyFuture[] = [];
  putters: PyFuture[] = [];
  unfinished = 0;
  /** The Event join() waits on. */
  finished: PyValue = None;
  order: Order = "fifo";
}

/** What the queues need from the asyncio module. */
export interface QueueEnv {
  readonly ctx: TornadoContext;
  /** The running loop's create_future() (raises without a running loop). */
  readonly createFuture: (label: string) => PyFuture;
  /** asyncio.Event, which join() waits on. */
  readonly eventType: PyType;
}

/** Wake the oldest waiter that is not done (asyncio's `_wakeup_next`). */
export function wakeupNext(waiters: PyFuture[]): void {
  while (waiters.length) {
    const w = waiters.shift()!;
    if (!w.done()) {
      w.setResult(None);
      break;
    }
  }
}

export function makeAsyncioQueueClasses(env: QueueEnv): Record<string, PyType> {
  const rt = env.ctx.world.rt;
  const queueEmpty = exceptionClass("QueueEmpty", "asyncio.queues");
  const queueFull = exceptionClass("QueueFull", "asyncio.queues");
  const q = (v: PyValue) => v as AsyncQueue;

  const full = (o: AsyncQueue) => o.maxsize > 0 && o.items.length >= o.maxsize;
  const store = (o: AsyncQueue, item: PyValue) => {
    if (o.order === "priority") heapPush(rt, o.items, item);
    else o.items.push(item);
  };
  const take = (o: AsyncQueue): PyValue =>
    o.order === "priority" ? heapPop(rt, o.items) : o.order === "lifo" ? o.items.pop()! : o.items.shift()!;
  const putNowait = (o: AsyncQueue, item: PyValue) => {
    if (full(o)) throw rt.call(queueFull, []);
    store(o, item);
    o.unfinished++;
    rt.callMethod(o.finished, "clear", []);
    wakeupNext(o.getters);
  };
  const getNowait = (o: AsyncQueue): PyValue => {
    if (!o.items.length) throw rt.call(queueEmpty, []);
    const item = take(o);
    wakeupNext(o.putters);
    return item;
  };
  /** Wait on a new waiter in `waiters` until woken; a waiter leaving for another reason
   * (cancellation) passes a wake-up it got on when `ready` holds. */
  function* waitTurn(waiters: PyFuture[], label: string, ready: () => boolean): NativeBody {
    const w = env.createFuture(label);
    waiters.push(w);
    try {
      yield* awaitFuture(w);
    } catch (e) {
      w.cancel();
      const i = waiters.indexOf(w);
      if (i >= 0) waiters.splice(i, 1);
      if (ready() && w.state !== "cancelled") wakeupNext(waiters);
      throw e;
    }
    return None;
  }

  const queueType = runtimeClass("Queue", "asyncio.queues", undefined, (cls) => new AsyncQueue(cls));
  methods(queueType, {
    __init__: (_rt, self, args, kw) => {
      const o = q(self);
      const [maxsize] = parseArgs(rt, "Queue", args, kw, ["maxsize"], 0);
      o.maxsize = typeof maxsize === "number" ? maxsize : 0;
      o.finished = rt.call(env.eventType, []);
      rt.callMethod(o.finished, "set", []);
      o.order = rt.getattr(o, "_order") as Order;
      return None;
    },
    qsize: (_rt, self) => q(self).items.length,
    empty: (_rt, self) => q(self).items.length === 0,
    full: (_rt, self) => full(q(self)),
    put: (_rt, self, args, kw) => {
      const [item] = parseArgs(rt, "put", args, kw, ["item"], 1);
      const o = q(self);
      return nativeCoroutine(
        "Queue.put",
        (function* (): NativeBody {
          while (full(o)) yield* waitTurn(o.putters, "Queue.put()", () => !full(o));
          putNowait(o, item!);
          return None;
        })(),
      );
    },
    put_nowait: (_rt, self, [item]) => {
      putNowait(q(self), item!);
      return None;
    },
    get: (_rt, self) => {
      const o = q(self);
      return nativeCoroutine(
        "Queue.get",
        (function* (): NativeBody {
          while (!o.items.length) yield* waitTurn(o.getters, "Queue.get()", () => o.items.length > 0);
          return getNowait(o);
        })(),
      );
    },
    get_nowait: (_rt, self) => getNowait(q(self)),
    task_done: (_rt, self) => {
      const o = q(self);
      if (o.unfinished <= 0) throw rt.error("ValueError", "task_done() called too many times");
      o.unfinished--;
      if (o.unfinished === 0) rt.callMethod(o.finished, "set", []);
      return None;
    },
    join: (_rt, self) => {
      const o = q(self);
      return nativeCoroutine(
        "Queue.join",
        (function* (): NativeBody {
          if (o.unfinished > 0) {
            const waiting = rt.callMethod(o.finished, "wait", []);
            yield* awaitable(rt, waiting);
          }
          return None;
        })(),
      );
    },
    __repr__: (_rt, self) => `<${q(self).$cls.name} at ${rt.addressOf(self)} ${format(q(self))}>`,
    __str__: (_rt, self) => `<${q(self).$cls.name} ${format(q(self))}>`,
  });
  const format = (o: AsyncQueue): string => {
    let s = `maxsize=${rt.repr(o.maxsize)}`;
    if (o.items.length) s += ` _queue=${rt.repr(rt.list([...o.items]))}`;
    if (o.getters.length) s += ` _getters[${o.getters.length}]`;
    if (o.putters.length) s += ` _putters[${o.putters.length}]`;
    if (o.unfinished) s += ` tasks=${o.unfinished}`;
    return s;
  };
  getter(queueType, "maxsize", (_rt, self) => q(self).maxsize);
  queueType.dict.set("_order", "fifo");
  const priorityType = runtimeClass("PriorityQueue", "asyncio.queues", [queueType]);
  priorityType.dict.set("_order", "priority");
  const lifoType = runtimeClass("LifoQueue", "asyncio.queues", [queueType]);
  lifoType.dict.set("_order", "lifo");
  return {
    Queue: queueType,
    PriorityQueue: priorityType,
    LifoQueue: lifoType,
    QueueEmpty: queueEmpty,
    QueueFull: queueFull,
  };
}

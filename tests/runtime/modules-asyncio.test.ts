/** asyncio on the virtual loop: what each helper returns and when coroutines resume. */
import { describe, expect, it } from "vitest";
import { stdoutOf, traceLines } from "./run-helpers";

const program = (body: string) => `
import asyncio

${body}

print(asyncio.run(main()))
`;

describe("asyncio", () => {
  it("sleep returns its result and takes virtual time", () => {
    const src = program(`
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.sleep(0.25, result="slept")
    return r, round(loop.time() - t0, 2)`);
    expect(stdoutOf(src)).toBe("('slept', 0.25)\n");
  });

  it("gather runs children concurrently and keeps their order; return_exceptions collects errors", () => {
    const src = program(`
async def job(d, v):
    await asyncio.sleep(d)
    if v == "bad":
        raise ValueError(v)
    return v

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.gather(job(0.2, "a"), job(0.1, "b")), round(loop.time() - t0, 2))
    print(await asyncio.gather(job(0.1, "bad"), job(0.1, "c"), return_exceptions=True))
    try:
        await asyncio.gather(job(0.1, "bad"), job(0.2, "d"))
    except ValueError as e:
        return "raised " + str(e)`);
    expect(stdoutOf(src)).toBe("['a', 'b'] 0.2\n[ValueError('bad'), 'c']\nraised bad\n");
  });

  it("wait_for cancels the awaited task and raises TimeoutError", () => {
    const src = program(`
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        return type(e).__name__, asyncio.TimeoutError is TimeoutError
`);
    expect(stdoutOf(src)).toBe("slow was cancelled\n('TimeoutError', True)\n");
  });

  it("cancel throws CancelledError into the task at its await; finally blocks run", () => {
    const src = program(`
async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), t.done())
    return t.cancel()`);
    expect(stdoutOf(src)).toBe("cancel() -> True True\ncleanup\ncancelled: True True\nFalse\n");
  });

  it("wait with FIRST_COMPLETED returns the done and pending sets", () => {
    const src = program(`
async def main():
    a = asyncio.ensure_future(asyncio.sleep(0.1, "a"))
    b = asyncio.ensure_future(asyncio.sleep(0.3, "b"))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    return [t.result() for t in done], len(pending)`);
    expect(stdoutOf(src)).toBe("(['a'], 1)\n");
  });

  it("the loop's call_soon, call_later and create_future work together", () => {
    const src = program(`
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "later")
    loop.call_soon(print, "soon")
    h = loop.call_later(0.05, print, "never")
    h.cancel()
    return await fut`);
    expect(stdoutOf(src)).toBe("soon\nlater\n");
  });

  it("knows coroutines and coroutine functions", () => {
    const src = `
import asyncio
async def f(): pass
def g(): pass
c = f()
print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(g), asyncio.iscoroutine(c))
asyncio.run(c)
`;
    expect(stdoutOf(src)).toBe("True False True\n");
  });

  it("refuses asyncio.run inside a running loop and get_running_loop outside one", () => {
    const src = `
# request: GET /x at 0
import asyncio
from tornado import web

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("module:", e)

async def inner():
    return 1

class XHandler(web.RequestHandler):
    async def get(self):
        c = inner()
        try:
            asyncio.run(c)
        except RuntimeError as e:
            print("handler:", e)
        await c
`;
    expect(traceLines(src).filter((l) => l.includes("print"))).toEqual([
      "T0 print module: no running event loop",
      "T0 print handler: asyncio.run() cannot be called from a running event loop",
    ]);
  });

  it("Event, Lock and Queue coordinate tasks", () => {
    const src = program(`
async def main():
    q = asyncio.Queue(maxsize=1)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    out = []
    async def producer():
        for i in range(3):
            await q.put(i)
        ev.set()
    async def consumer():
        await ev.wait()
        while not q.empty():
            async with lock:
                out.append(q.get_nowait())
    asyncio.create_task(producer())
    c = asyncio.create_task(consumer())
    while len(out) < 3:
        if q.full() and not ev.is_set():
            out.append(await q.get())
        else:
            await asyncio.sleep(0)
    await c
    return out`);
    expect(stdoutOf(src)).toBe("[0, 1, 2]\n");
  });
});

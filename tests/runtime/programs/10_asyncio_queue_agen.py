# asyncio: a queue with workers, async generators and anext, wait_for timeout, gather with exceptions, cancel.
import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.01 * item)
        out.append((name, item))
        q.task_done()
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in [3, 1, 2]:
        q.put_nowait(i)
    for _ in ws:
        q.put_nowait(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(out))
    print([x async for x in agen(4)])
    g = agen(3)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    async def boom():
        raise ValueError("x")
    r = await asyncio.gather(boom(), asyncio.sleep(0, result=5), return_exceptions=True)
    print(r)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
asyncio.run(main())

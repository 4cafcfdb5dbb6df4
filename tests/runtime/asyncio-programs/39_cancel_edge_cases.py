import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: got cancel, finishing anyway")
        await asyncio.sleep(0.1)
        return "late value"

async def worker(sem, i):
    try:
        async with sem:
            print("w", i, "in")
            await asyncio.sleep(0.2)
            print("w", i, "out")
    except asyncio.CancelledError:
        print("w", i, "cancelled while", "waiting" if sem.locked() else "?")
        raise

async def main():
    print(await asyncio.sleep(0.1, result="slept"))
    try:
        r = await asyncio.wait_for(stubborn(), 0.5)
        print("wait_for returned", r)
    except TimeoutError:
        print("timeout")
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(worker(sem, i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ts[1].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of cancelled task raises CancelledError")
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait())
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe callback")
    await asyncio.sleep(0)

asyncio.run(main())

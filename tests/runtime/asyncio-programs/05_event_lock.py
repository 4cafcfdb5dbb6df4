import asyncio

async def waiter(ev, n):
    print("waiter", n, "waiting")
    r = await ev.wait()
    print("waiter", n, "woke", r)

async def locked(lock, n, shared):
    async with lock:
        print("enter", n, lock.locked())
        v = shared["count"]
        await asyncio.sleep(0.01)
        shared["count"] = v + 1
        print("exit", n)

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print("after", ev.is_set(), await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())
    lock = asyncio.Lock()
    shared = {"count": 0}
    await asyncio.gather(*(locked(lock, i, shared) for i in range(4)))
    print("count", shared["count"], lock.locked())
    await lock.acquire()
    print("acquired", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("error:", e)

asyncio.run(main())

import asyncio

async def fetch(sem, i, log):
    async with sem:
        log.append(f"start {i}")
        print("start", i, "locked" if sem.locked() else "free")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        print("end", i)
    return i

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    res = await asyncio.gather(*(fetch(sem, i, log) for i in range(6)))
    print(res)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    async def rel():
        await asyncio.sleep(0.2)
        print("releasing")
        s.release()
    asyncio.create_task(rel())
    print("acquire ->", await s.acquire())

asyncio.run(main())

import asyncio

async def user(lock, name, hold, log):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        log.append(name)
        await asyncio.sleep(hold)
    print(name, "released")

async def barger(lock):
    await asyncio.sleep(0.1)
    print("barger tries", lock.locked())
    async with lock:
        print("barger has lock")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(user(lock, n, 0.1, log)) for n in "ABC"]
    tasks.append(asyncio.create_task(barger(lock)))
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)

asyncio.run(main())

import asyncio

async def consumer(cond, items, n):
    async with cond:
        print("consumer", n, "waits")
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print("consumer", n, "got", item)

async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify()

async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(*(consumer(cond, items, n) for n in range(3)), producer(cond, items))
    c2 = asyncio.Condition()
    async def w(n):
        async with c2:
            r = await c2.wait()
            print("woken", n, r)
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with c2:
        c2.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    try:
        c2.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

import asyncio

async def runner(barrier, name, d):
    await asyncio.sleep(d)
    print(name, "arrives", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passes", idx)

async def breaker(b):
    await asyncio.sleep(0.05)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("broken:", e)

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.broken)
    await asyncio.gather(*(runner(b, f"r{i}", 0.1 * i) for i in range(3)))
    print("all through", b.n_waiting)
    await asyncio.gather(*(runner(b, f"again{i}", 0.01 * i) for i in range(3)))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(breaker(b2))
    await asyncio.sleep(0.1)
    await b2.abort()
    await t
    print(b2.broken)
    async with asyncio.Barrier(1) as pos:
        print("single party index", pos)

asyncio.run(main())

import asyncio
import random

random.seed(7)

async def producer(q, n):
    for i in range(n):
        d = random.randint(1, 5) / 100
        await asyncio.sleep(d)
        await q.put((i, d))
        print(f"produced {i} after {d}")
    await q.put(None)

async def consumer(q, name):
    total = 0
    while (item := await q.get()) is not None:
        i, d = item
        total += i
        print(f"{name} consumed {i}")
        await asyncio.sleep(0.025)
    await q.put(None)
    return total

async def main():
    q = asyncio.Queue(2)
    res = await asyncio.gather(producer(q, 8), consumer(q, "x"), consumer(q, "y"))
    print(res)

asyncio.run(main())

import asyncio

async def producer(q):
    for i in range(5):
        print("putting", i, q.full())
        await q.put(i)
        print("put", i)

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.1)
        v = await q.get()
        print("got", v)

async def main():
    q = asyncio.Queue(2)
    await asyncio.gather(consumer(q), producer(q))

asyncio.run(main())

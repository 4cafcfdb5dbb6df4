import asyncio

async def producer(q, n):
    for i in range(n):
        print("put", i)
        await q.put(i)
        print("put done", i)
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        if item is None:
            break
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 6), consumer(q))
    print("done")

asyncio.run(main())

import asyncio

async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.3)
        await q.put(i)
        print("put", i)

async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    got = []
    while len(got) < 3:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.2)
            got.append(item)
            print("got", item)
        except TimeoutError:
            print("waiting...", q.qsize())
    await p
    print(got, q.empty())

asyncio.run(main())

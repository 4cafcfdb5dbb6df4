import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"{name} put {i} qsize={q.qsize()}")
    print(name, "finished")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item} qsize={q.qsize()}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    cons = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    prods = [asyncio.create_task(producer(q, p, 4)) for p in "AB"]
    await asyncio.gather(*prods)
    print("producers done")
    await q.join()
    print("joined")
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    print(res)

asyncio.run(main())

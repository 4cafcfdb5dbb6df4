import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item / 10)
            results.append((name, item))
            print(f"{name} processed {item}")
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    for i in [3, 1, 2, 6, 4, 1]:
        q.put_nowait(i)
    print("qsize", q.qsize(), q.empty(), q.full())
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    await q.join()
    print("all processed", len(results))
    for w in workers:
        w.cancel()
    r = await asyncio.gather(*workers, return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait("a")
    try:
        bq.put_nowait("b")
    except asyncio.QueueFull:
        print("full", bq.full(), bq.maxsize)
    pq = asyncio.PriorityQueue()
    for p in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
        await pq.put(p)
    while not pq.empty():
        print(await pq.get())
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())

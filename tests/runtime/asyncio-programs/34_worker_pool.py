import asyncio

async def worker(wid, q, out):
    while True:
        job = await q.get()
        if job is None:
            q.task_done()
            print(f"worker {wid} exits")
            return wid
        await asyncio.sleep(job * 0.01)
        out.append((wid, job))
        print(f"worker {wid} did {job}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    workers = [asyncio.create_task(worker(i, q, out)) for i in range(3)]
    for job in [5, 3, 8, 1, 4, 7, 2, 6]:
        await q.put(job)
        print("queued", job, "size", q.qsize())
    for _ in workers:
        await q.put(None)
    await q.join()
    print(await asyncio.gather(*workers))
    print(len(out), sum(j for _, j in out))

asyncio.run(main())

import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    print("job", n, "done")
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.1 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    tasks = [asyncio.create_task(job(i, i * 0.2, fail=(i == 1))) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print(t.get_name(), "exc" if t.exception() else t.result())
    done, pending = await asyncio.wait(pending, timeout=0.3)
    print("after timeout", len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])

asyncio.run(main())

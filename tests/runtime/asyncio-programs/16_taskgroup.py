import asyncio

async def job(name, d, fail=None):
    try:
        await asyncio.sleep(d)
        if fail:
            raise fail(f"{name} failed")
        print(name, "ok")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.1))
        b = tg.create_task(job("b", 0.2))
        print("inside group")
    print("results", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 0.3))
            tg.create_task(job("d", 0.1, ValueError))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("f", 0.1, KeyError))
            tg.create_task(job("g", 0.1, TypeError))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("h", 1))
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error", eg.exceptions)

asyncio.run(main())

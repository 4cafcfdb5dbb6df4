import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    print("work", name)
    return name

async def main():
    for c in asyncio.as_completed([work("a", 3), work("b", 1), work("c", 2)]):
        r = await c
        print("got", r)
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("x", 1))
        t2 = tg.create_task(work("y", 2))
    print(t1.result(), t2.result())

asyncio.run(main())

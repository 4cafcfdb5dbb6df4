import asyncio

async def fail_later(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    tasks = [asyncio.create_task(fail_later(0.1 * i, ValueError(i))) for i in range(1, 4)]
    for coro in asyncio.as_completed(tasks):
        try:
            await coro
        except ValueError as e:
            print("as_completed error", e)
    async def nested_group():
        async with asyncio.TaskGroup() as outer:
            outer.create_task(fail_later(0.2, KeyError("outer")))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail_later(0.1, IndexError("inner")))
    try:
        await nested_group()
    except* IndexError as eg:
        print("inner group", repr(eg.exceptions[0]))
    except* KeyError as eg:
        print("outer group", repr(eg.exceptions[0]))
    t = asyncio.create_task(fail_later(0, RuntimeError("x")))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))

asyncio.run(main())

import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print(f"ok {n} after {d}")
    return n * 10

async def bad(n, d):
    await asyncio.sleep(d)
    print(f"bad {n} raising")
    raise ValueError(f"bad {n}")

async def main():
    res = await asyncio.gather(ok(1, 0.2), bad(2, 0.1), ok(3, 0.3), return_exceptions=True)
    print(res)
    for r in res:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(ok(4, 0.2), bad(5, 0.1), ok(6, 0.05))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    print("empty", await asyncio.gather())
    t = asyncio.create_task(ok(7, 0))
    r = await asyncio.gather(t, t, ok(8, 0))
    print(r)

asyncio.run(main())

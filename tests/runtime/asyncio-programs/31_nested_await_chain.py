import asyncio

async def level3(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x + 3

async def level2(x):
    return await level3(x) * 2

async def level1(x):
    try:
        return await level2(x)
    except ValueError as e:
        print("level1 handles", e)
        return -1

async def main():
    print(await level1(1))
    print(await level1(-5))
    t = asyncio.ensure_future(level2(10))
    print(type(t).__name__, await t)
    results = []
    for coro in [level1(i) for i in range(3)]:
        results.append(await coro)
    print(results)

asyncio.run(main())

import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker closed")

async def squares(src):
    async for x in src:
        yield x * x

async def Counter(stop):
    for i in range(1, stop + 1):
        await asyncio.sleep(0)
        yield i

async def main():
    async for v in ticker(3, 0.1):
        print("tick", v)
    print([x async for x in squares(ticker(4, 0.01))])
    async for c in Counter(3):
        print("counter", c)
    g = ticker(10, 0)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print("evens", [x async for x in Counter(6) if x % 2 == 0])

asyncio.run(main())

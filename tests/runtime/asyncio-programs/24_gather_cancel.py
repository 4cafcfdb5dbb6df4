import asyncio

async def part(n):
    try:
        await asyncio.sleep(n)
        print("part", n, "done")
        return n
    except asyncio.CancelledError:
        print("part", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(part(1), part(2), part(3))
    t = asyncio.create_task(asyncio.wait_for(g, 1.5))
    try:
        await t
    except TimeoutError:
        print("gather timed out")
    print("g cancelled?", g.cancelled(), g.done())
    g2 = asyncio.gather(part(0.5), part(4), return_exceptions=True)
    await asyncio.sleep(1)
    print("cancel gather ->", g2.cancel())
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 raised CancelledError")
    a = asyncio.create_task(part(0.2))
    b = asyncio.create_task(part(5))
    await asyncio.sleep(0.3)
    b.cancel()
    print(await asyncio.gather(a, b, return_exceptions=True))

asyncio.run(main())

import asyncio

async def slow(x, d):
    try:
        await asyncio.sleep(d)
        print("slow finished", x)
        return x
    except asyncio.CancelledError:
        print("slow cancelled", x)
        raise

async def main():
    print(await asyncio.wait_for(slow(1, 0.5), timeout=1))
    try:
        await asyncio.wait_for(slow(2, 2), timeout=1)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.__cause__.__class__.__name__)
    except TimeoutError:
        print("builtin timeout")
    inner = asyncio.create_task(slow(3, 2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except TimeoutError:
        print("shielded timed out; inner done?", inner.done())
    print("inner result", await inner)
    print(await asyncio.wait_for(slow(4, 0.1), None))
    try:
        await asyncio.wait_for(slow(5, 1), 0)
    except TimeoutError:
        print("zero timeout")

asyncio.run(main())

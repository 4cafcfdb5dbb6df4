import asyncio

async def slow_op(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "interrupted")
        raise

async def guarded():
    results = []
    for d in (0.1, 0.5, 0.2):
        try:
            async with asyncio.timeout(0.3):
                results.append(await slow_op(f"op{d}", d))
        except TimeoutError:
            results.append("timeout")
    return results

async def main():
    print(await guarded())
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("guarded cancelled from outside", t.cancelled())
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowing")
        print("not expired path")
    except TimeoutError:
        print("never")

asyncio.run(main())

import asyncio

async def important():
    print("important started")
    await asyncio.sleep(1)
    print("important finished")
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done:", inner.done())
        raise

async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    c.cancel()
    await asyncio.sleep(0)
    print("c cancelled:", c.cancelled())
    print("inner result:", await inner)
    f = asyncio.get_running_loop().create_future()
    s = asyncio.shield(f)
    f.set_result(5)
    print(await s)

asyncio.run(main())

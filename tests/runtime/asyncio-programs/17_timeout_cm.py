import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            print("inside", cm.expired())
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
    print("no timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(loop.time() + 0.2)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner saw CancelledError")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    deadline = asyncio.get_running_loop().time() + 0.3
    try:
        async with asyncio.timeout_at(deadline):
            async with asyncio.timeout(1):
                await asyncio.sleep(5)
    except TimeoutError as e:
        print("outer deadline wins", type(e.__context__).__name__)

asyncio.run(outer())

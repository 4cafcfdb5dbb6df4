import asyncio

async def coro_a():
    print("a start")
    await asyncio.sleep(0.1)
    print("a end")
    return "A"

async def main():
    t = asyncio.create_task(coro_a(), name="alpha")
    print(t.get_name(), t.done())
    await asyncio.sleep(0)
    print("cancelling() =", t.cancelling())
    t.cancel()
    print("cancelling() =", t.cancelling())
    print("uncancel ->", t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled anyway", t.cancelled())
    timeouts = []
    async with asyncio.timeout(10) as to:
        timeouts.append(to.expired())
    print(timeouts)
    r = await asyncio.gather(*[asyncio.sleep(0.01 * i, result=i) for i in range(5)])
    print(r)
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(0.05 * i, print, "timer", i) for i in range(4)]
    handles[2].cancel()
    await asyncio.sleep(0.3)
    print("timers done")

asyncio.run(main())

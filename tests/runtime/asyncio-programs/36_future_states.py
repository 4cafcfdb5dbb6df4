import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.set_exception(KeyError("k"))
    print(f.done(), repr(f.exception()))
    g = loop.create_future()
    print(g.cancel(), g.cancelled(), g.cancel())
    try:
        g.result()
    except asyncio.CancelledError:
        print("cancelled result raises")
    h = loop.create_future()
    h.set_result([1, 2])
    print(await h, await h)
    print(asyncio.isfuture(h), asyncio.iscoroutine(main()), asyncio.isfuture(1))

asyncio.run(main())

import asyncio

def cb(tag, order):
    order.append(tag)
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.2, cb, "later-0.2", order)
    loop.call_later(0.1, cb, "later-0.1", order)
    loop.call_soon(cb, "soon-1", order)
    h = loop.call_soon(cb, "soon-cancelled", order)
    loop.call_soon(cb, "soon-2", order)
    h.cancel()
    print("scheduled", h.cancelled())
    await asyncio.sleep(0)
    print("after sleep(0)", order)
    t0 = loop.time()
    loop.call_at(t0 + 0.15, cb, "at-0.15", order)
    await asyncio.sleep(0.3)
    print(order)
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "future value")
    print(await fut)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print("done callback sees", f.result()))
    fut2.set_result(42)
    print("set, not yet called back")
    await asyncio.sleep(0)
    print("elapsed ~", round(loop.time() - t0, 1))

asyncio.run(main())

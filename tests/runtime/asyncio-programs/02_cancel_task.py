import asyncio

async def worker(name):
    try:
        print(name, "start")
        for i in range(5):
            await asyncio.sleep(1)
            print(name, "tick", i)
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e), e.args)
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "survived"

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(2.5)
    print("cancel ->", t.cancel())
    print("cancelled() right after:", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e))
    print("cancelled():", t.cancelled(), t.done())
    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("main saw", e.args)
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t3.cancel()
    print(await t3, t3.cancelled())
    t4 = asyncio.create_task(worker("w4"))
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print("w4 cancelled before start", t4.cancelled())
    print("cancel done task:", t4.cancel())

asyncio.run(main())

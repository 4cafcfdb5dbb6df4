import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("pending:", repr(e))
    f.set_result(5)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("twice:", repr(e))
    print(f.result(), f.done(), f)
    t = asyncio.ensure_future(asyncio.sleep(0.01, "v"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("task pending:", e)
    print(await t)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
asyncio.run(main())

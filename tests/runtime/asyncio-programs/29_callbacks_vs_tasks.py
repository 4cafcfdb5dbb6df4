import asyncio

async def task(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t = asyncio.create_task(task("T"))
    loop.call_soon(print, "callback 2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb A", f.result()))
    fut.add_done_callback(lambda f: print("done cb B"))
    loop.call_soon(fut.set_result, "r")
    print("main before await")
    await asyncio.sleep(0)
    print("main after 1")
    await asyncio.sleep(0)
    print("main after 2")
    await t
    loop.call_later(0, print, "call_later 0")
    loop.call_soon(print, "call_soon after")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())

import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(add(2, 3)))
t = loop.create_task(add(4, 5))
print(loop.run_until_complete(t), t.done())
print(loop.is_running(), loop.is_closed())
loop.close()
print("closed", loop.is_closed())

async def check():
    lp = asyncio.get_running_loop()
    print("running", lp.is_running())
asyncio.run(check())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

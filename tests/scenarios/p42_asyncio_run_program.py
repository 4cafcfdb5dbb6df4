# tornado: 6.5
# A plain program: nothing to serve, asyncio.run drives the loop at module level.
import asyncio

async def double(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    results = await asyncio.gather(double(1), double(2), asyncio.sleep(0.05, result="slept"))
    print(results)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "from call_later")
    print(await fut)
    return "main done"

print(asyncio.run(main()))

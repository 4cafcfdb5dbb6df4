# tornado: 6.5
# A plain program that runs coroutines with asyncio.run and tornado's gen helpers.
import asyncio
from tornado import gen
from tornado.ioloop import IOLoop

async def compute(x):
    await gen.sleep(0.01)
    return x * 10

async def main():
    loop = IOLoop.current()
    results = await gen.multi([compute(i) for i in range(3)])
    print("results", results)
    fut = loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", await fut)
    loop.call_later(0.01, print, "call_later fired")
    await asyncio.sleep(0.02)
    print("main done")

asyncio.run(main())
print("after run")

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(n):
    time.sleep(0.1)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 21)
    print("default executor", r)
    with ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
    print("pool", rs)
    print("to_thread", await asyncio.to_thread(blocking, 5))

asyncio.run(main())

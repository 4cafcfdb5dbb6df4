import asyncio

async def fetch(name, d):
    await asyncio.sleep(d)
    print("fetched", name)
    return f"{name}:{d}"

async def main():
    coros = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("mid", 0.2)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        print(i, await fut)
    try:
        for fut in asyncio.as_completed([fetch("x", 0.1), fetch("y", 1)], timeout=0.5):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(1)

asyncio.run(main())

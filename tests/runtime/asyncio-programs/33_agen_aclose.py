import asyncio

async def numbers():
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finally")

async def main():
    async for n in numbers():
        print("n", n)
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep")
    agen = numbers()
    print(await agen.asend(None))
    await agen.aclose()
    print("closed explicitly")

asyncio.run(main())
print("done")

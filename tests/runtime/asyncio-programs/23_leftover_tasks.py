import asyncio

async def background(name):
    try:
        while True:
            await asyncio.sleep(0.3)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "cleanup")

async def quick():
    await asyncio.sleep(0)
    print("quick ran after main returned")

async def main():
    asyncio.create_task(background("bg1"))
    await asyncio.sleep(1)
    asyncio.create_task(quick())
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print("after run")

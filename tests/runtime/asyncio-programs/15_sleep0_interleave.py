import asyncio

async def stepper(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")
    return name

async def main():
    a = asyncio.create_task(stepper("A", 3))
    b = asyncio.create_task(stepper("B", 2))
    print("created")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    c = asyncio.create_task(stepper("C", 2))
    r = await asyncio.gather(a, b, c)
    print(r)
    f = asyncio.get_running_loop().create_future()
    async def setter():
        print("setter runs")
        f.set_result("x")
        print("setter set")
    asyncio.create_task(setter())
    print("awaiting f")
    print("got", await f)

asyncio.run(main())

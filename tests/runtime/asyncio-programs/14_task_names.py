import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name())
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name="second")
    print(t1.get_name(), t2.get_name())
    t1.set_name("renamed")
    print(len(asyncio.all_tasks()))
    await asyncio.gather(t1, t2)
    print(len(asyncio.all_tasks()), t1.done(), t1.result(), t2.result())
    print(asyncio.current_task() is me)
    print(t1.get_coro().__name__)
    print(type(t1).__name__, isinstance(t1, asyncio.Future), isinstance(t1, asyncio.Task))

print("outside:", asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
asyncio.run(main())

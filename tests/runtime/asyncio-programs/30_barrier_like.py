import asyncio

async def stage(name, ev_in, ev_out, delay):
    await ev_in.wait()
    print(name, "started")
    await asyncio.sleep(delay)
    print(name, "finished")
    ev_out.set()

async def main():
    evs = [asyncio.Event() for _ in range(4)]
    tasks = [asyncio.create_task(stage(f"s{i}", evs[i], evs[i + 1], 0.1 * (i + 1))) for i in range(3)]
    await asyncio.sleep(0.05)
    print("kick off")
    evs[0].set()
    await evs[3].wait()
    print("pipeline done", all(t.done() for t in tasks))

asyncio.run(main())

import asyncio

async def ping(n, q_out, q_in):
    for i in range(n):
        await q_out.put(f"ping {i}")
        msg = await q_in.get()
        print("ping got", msg)

async def pong(n, q_in, q_out):
    for i in range(n):
        msg = await q_in.get()
        print("pong got", msg)
        await q_out.put(f"pong {i}")

async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    a, b = asyncio.Queue(1), asyncio.Queue(1)
    await asyncio.gather(ping(3, a, b), pong(3, a, b), ticker())

asyncio.run(main())

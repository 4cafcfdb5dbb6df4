import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n + 1

async def main():
    async for i in Countdown(3):
        print("tick", i)
    print([i async for i in Countdown(2)])
    async def agen():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in agen():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError", e)
    def g():
        yield 1
        raise StopIteration
    try:
        list(g())
    except RuntimeError as e:
        print("RuntimeError", e)
    async def c():
        raise StopAsyncIteration("x")
    try:
        await c()
    except StopAsyncIteration as e:
        print("passed through", repr(e))

asyncio.run(main())

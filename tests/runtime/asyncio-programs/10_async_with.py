import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, et.__name__ if et else None)
        return self.name == "swallow"

async def main():
    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("swallow"):
        raise KeyError("gone")
    print("after swallow")
    try:
        async with Resource("b"), Resource("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)

asyncio.run(main())

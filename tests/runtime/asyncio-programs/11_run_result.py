import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return {"x": x, "sq": x * x}

async def failing():
    await asyncio.sleep(0)
    raise LookupError("nothing here")

print("result:", asyncio.run(compute(7)))
try:
    asyncio.run(failing())
except LookupError as e:
    print("run raised", repr(e))
try:
    asyncio.run(compute)
except (TypeError, ValueError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
coro = compute(1)
print(asyncio.run(coro)["sq"])
print("second run:", asyncio.run(compute(3)))

async def nested():
    try:
        asyncio.run(compute(1))
    except RuntimeError as e:
        print("nested:", e)
c = compute(2)
asyncio.run(nested())
c.close()

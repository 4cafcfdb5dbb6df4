import asyncio

async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper finally")

async def main():
    t = asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
    finally:
        print("main finally")

try:
    asyncio.run(main())
except RuntimeError as e:
    print("caught", e, "cause", repr(e.__cause__))
print("end")

import asyncio

class Account:
    def __init__(self):
        self.balance = 100
        self.lock = asyncio.Lock()

    async def withdraw(self, amount, name):
        async with self.lock:
            if self.balance >= amount:
                await asyncio.sleep(0.01)
                self.balance -= amount
                print(f"{name} withdrew {amount}, left {self.balance}")
                return True
            print(f"{name} denied {amount}")
            return False

async def main():
    acc = Account()
    results = await asyncio.gather(*(acc.withdraw(a, f"c{i}") for i, a in enumerate([30, 50, 40, 10, 20])))
    print(results, acc.balance)
    cond = asyncio.Condition()
    state = {"ready": 0}
    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: state["ready"] >= i)
            print("waiter", i, "proceeds at", state["ready"])
    ws = [asyncio.create_task(waiter(i)) for i in (3, 1, 2)]
    for step in range(1, 4):
        await asyncio.sleep(0.01)
        async with cond:
            state["ready"] = step
            cond.notify_all()
    await asyncio.gather(*ws)

asyncio.run(main())

# an exception raised inside a coroutine escapes coro.send()
# raises: LookupError
class Wait:
    def __await__(self):
        return (yield "waiting")
async def handler(user_id):
    print("handler started for", user_id)
    await Wait()
    if user_id not in (1, 2):
        raise LookupError(f"user {user_id} not found")
    return "ok"
for uid in (1, 3):
    coro = handler(uid)
    print(coro.send(None))
    try:
        coro.send(None)
    except StopIteration as stop:
        print("result", stop.value)

# tornado: 6.5
# A plain program: tornado.queues and tornado.locks edge cases, driven by run_sync-free asyncio.run.
import asyncio
from datetime import timedelta
from tornado import gen, locks, queues

async def main():
    q = queues.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except queues.QueueFull:
        print("full at", q.qsize(), "of", q.maxsize)
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except queues.QueueEmpty:
        print("empty")
    try:
        await q.get(timeout=timedelta(seconds=0.1))
    except gen.TimeoutError:
        print("get timed out")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print(e)

    pq = queues.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = queues.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    lock = locks.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("release:", e)
    await lock.acquire()
    try:
        await lock.acquire(timeout=timedelta(seconds=0.05))
    except gen.TimeoutError:
        print("lock acquire timed out")
    lock.release()

    sem = locks.BoundedSemaphore(1)
    try:
        sem.release()
    except ValueError as e:
        print("bounded:", e)

    ev = locks.Event()
    try:
        await ev.wait(timeout=timedelta(seconds=0.05))
    except gen.TimeoutError:
        print("event wait timed out, set:", ev.is_set())
    cond = locks.Condition()
    print("condition wait:", await cond.wait(timeout=timedelta(seconds=0.05)))
    return "done"

print(asyncio.run(main()))

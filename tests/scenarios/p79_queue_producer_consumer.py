# tornado: 6.5
# request: GET /pc at 0
from tornado import gen, web
from tornado.queues import Queue

class PcHandler(web.RequestHandler):
    async def get(self):
        q = Queue(maxsize=2)
        results = []

        async def consumer(name):
            async for item in q:
                try:
                    if item is None:
                        print(name, "stops")
                        return
                    print(name, "consumes", item)
                    await gen.sleep(0.03)
                    results.append(item)
                finally:
                    q.task_done()

        async def producer():
            for i in range(5):
                print("put", i, "qsize", q.qsize())
                await q.put(i)
            for _ in range(2):
                await q.put(None)
            print("producer done")

        consumers = gen.multi([consumer("c1"), consumer("c2")])
        await producer()
        await q.join()
        await consumers
        print("results", results)
        self.write("pc")

routes = [(r"/pc", PcHandler)]

# tornado: 6.5
# request: GET /stream at 0
from tornado import gen, web

class StreamHandler(web.RequestHandler):
    async def get(self):
        self.write("part1 ")
        await self.flush()
        print("flushed")
        await gen.sleep(0.1)
        self.write("part2")
        fut = self.finish()
        print("finish returned", type(fut).__name__)
        await fut
        print("after finish")

routes = [(r"/stream", StreamHandler)]

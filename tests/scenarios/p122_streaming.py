# tornado: 6.5
# request: GET /stream at 0
# request: GET /other at 30
from tornado import gen, web

class StreamHandler(web.RequestHandler):
    async def get(self):
        for i in range(4):
            self.write("chunk %d\n" % i)
            await self.flush()
            print("flushed chunk", i)
            await gen.sleep(0.03)
        self.finish("end")
        print("stream finished")

class OtherHandler(web.RequestHandler):
    def get(self):
        print("other served during the stream")
        self.write("other")

routes = [(r"/stream", StreamHandler), (r"/other", OtherHandler)]

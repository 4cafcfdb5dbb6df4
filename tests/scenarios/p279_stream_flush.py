# tornado: 6.5
# request: GET /stream at 0
# request: GET /ping at 30
# request: GET /stream?n=2&fail=1 at 200
from tornado import gen, web

class StreamHandler(web.RequestHandler):
    async def get(self):
        n = int(self.get_argument("n", "3"))
        self.set_header("Content-Type", "text/plain")
        for i in range(n):
            self.write("chunk %d\n" % i)
            r = await self.flush()
            print("flushed", i, r)
            await gen.sleep(0.02)
        if self.get_argument("fail", None):
            raise ValueError("after streaming")
        self.finish("end")

class PingHandler(web.RequestHandler):
    def get(self):
        self.write("pong")

app = web.Application([(r"/stream", StreamHandler), (r"/ping", PingHandler)])

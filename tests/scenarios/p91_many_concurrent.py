# tornado: 6.5
# request: GET /slow?id=1 at 0
# request: GET /slow?id=2 at 5
# request: GET /slow?id=3 at 10
# request: GET /block at 20
# request: GET /slow?id=4 at 30
import time
from tornado import gen, web

class SlowHandler(web.RequestHandler):
    async def get(self):
        i = self.get_argument("id")
        print("start", i)
        await gen.sleep(0.1)
        print("end", i)
        self.write("slow " + i)

class BlockHandler(web.RequestHandler):
    def get(self):
        print("block start")
        time.sleep(0.2)
        print("block end")
        self.write("block")

routes = [(r"/slow", SlowHandler), (r"/block", BlockHandler)]

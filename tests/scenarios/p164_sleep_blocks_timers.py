# tornado: 6.5
# request: GET /tick at 0
# request: GET /block at 30
# request: GET /tick at 40
import time
from tornado import gen, web

class TickHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        for i in range(3):
            yield gen.sleep(0.03)
            print("tick", i)
        self.write("ticked")

class BlockHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        print("blocking")
        time.sleep(0.1)
        print("unblocked")
        yield gen.sleep(0)
        self.write("blocked")

routes = [(r"/tick", TickHandler), (r"/block", BlockHandler)]

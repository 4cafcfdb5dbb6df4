# tornado: 6.5
# request: GET /block at 0
# request: GET /fast at 100
import time
from tornado import web

class BlockHandler(web.RequestHandler):
    def get(self):
        print("block: sleeping 1s")
        time.sleep(1)
        self.write("blocked-1s")

class FastHandler(web.RequestHandler):
    def get(self):
        print("fast")
        self.write("fast")

routes = [(r"/block", BlockHandler), (r"/fast", FastHandler)]

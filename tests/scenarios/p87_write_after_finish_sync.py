# tornado: 6.5
# request: GET /waf at 0
# request: GET /flush-after at 10
from tornado import web

class WafHandler(web.RequestHandler):
    def get(self):
        self.finish("done")
        self.write("more")

    def on_finish(self):
        print("on_finish")

class FlushAfterHandler(web.RequestHandler):
    def get(self):
        self.finish("done")
        self.flush()
        print("flush after finish did not raise")

routes = [(r"/waf", WafHandler), (r"/flush-after", FlushAfterHandler)]

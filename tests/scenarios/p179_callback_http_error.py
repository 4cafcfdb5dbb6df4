# tornado: 6.5
# request: GET /item/1 at 0
# request: GET /item/2 at 20
# remote: db.example 30
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class ItemHandler(web.RequestHandler):
    @web.asynchronous
    def get(self, item):
        self.item = item
        AsyncHTTPClient().fetch("http://db.example/" + item, callback=self.on_db)

    def on_db(self, response):
        if self.item == "2":
            raise web.HTTPError(404, "item %s not in db", self.item)
        self.finish("item " + self.item)

routes = [(r"/item/(\d+)", ItemHandler)]

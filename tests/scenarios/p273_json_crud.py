# tornado: 6.5
# request: POST /api/items at 0 body {"name": "pen", "qty": 3}
# request: POST /api/items at 10 body {bad json
# request: POST /api/items at 20
# request: PUT /api/items/7 at 30 body {"qty": 9}
# request: DELETE /api/items/7 at 40
# request: PATCH /api/items/8 at 50 body {}
# request: GET /api/items/x at 60
import json
import tornado.web

ITEMS = {}

class ItemsHandler(tornado.web.RequestHandler):
    def post(self):
        try:
            data = json.loads(self.request.body)
        except ValueError as e:
            print("bad body", type(e).__name__, e)
            raise tornado.web.HTTPError(400, "bad json: %s", e, reason="Bad JSON")
        ITEMS[7] = data
        self.set_status(201)
        self.write({"id": 7, "item": data})

class ItemHandler(tornado.web.RequestHandler):
    def put(self, item_id):
        data = json.loads(self.request.body)
        print("put", item_id, type(item_id).__name__, data)
        ITEMS[int(item_id)].update(data)
        self.write(ITEMS[int(item_id)])

    def delete(self, item_id):
        ITEMS.pop(int(item_id))
        self.set_status(204)

    def patch(self, item_id):
        if int(item_id) not in ITEMS:
            raise tornado.web.HTTPError(404)
        self.write("patched")

app = tornado.web.Application([
    (r"/api/items", ItemsHandler),
    (r"/api/items/([0-9]+)", ItemHandler),
])

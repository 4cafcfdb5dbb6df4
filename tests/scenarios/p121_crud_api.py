# tornado: 6.5
# request: POST /items at 0 body {"name": "apple", "qty": 3}
# request: POST /items at 10 body {"name": "pear"}
# request: GET /items at 20
# request: GET /items/1 at 30
# request: PUT /items/1 at 40 body {"name": "apple", "qty": 5}
# request: DELETE /items/2 at 50
# request: GET /items/2 at 60
# request: POST /items at 70 body not json
import json
from tornado import web

store = {}
next_id = [1]

class ItemsHandler(web.RequestHandler):
    def get(self):
        self.write({"items": [dict(id=k, **v) for k, v in sorted(store.items())]})

    def post(self):
        try:
            data = json.loads(self.request.body)
        except ValueError:
            raise web.HTTPError(400, "bad json body")
        item_id = next_id[0]
        next_id[0] += 1
        store[item_id] = {"name": data["name"], "qty": data.get("qty", 0)}
        self.set_status(201)
        self.set_header("Location", "/items/%d" % item_id)
        self.write({"id": item_id})

class ItemHandler(web.RequestHandler):
    def load(self, item_id):
        item = store.get(int(item_id))
        if item is None:
            raise web.HTTPError(404, "no item %s", item_id)
        return item

    def get(self, item_id):
        self.write(self.load(item_id))

    def put(self, item_id):
        self.load(item_id).update(json.loads(self.request.body))
        self.write(store[int(item_id)])

    def delete(self, item_id):
        self.load(item_id)
        del store[int(item_id)]
        self.set_status(204)

routes = [(r"/items", ItemsHandler), (r"/items/(\d+)", ItemHandler)]

# tornado: 6.5
import tornado.ioloop
import tornado.web

class ItemHandler(tornado.web.RequestHandler):
    def post(self, item_id):
        print("post item", item_id, repr(self.request.body))
        self.write("created " + item_id)

class ListHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("list")

    def delete(self):
        self.write("deleted")

def make_app():
    return tornado.web.Application([
        (r"/", ListHandler),
        (r"/items/([^/]+)", ItemHandler),
    ])

if __name__ == "__main__":
    app = make_app()
    app.listen(8888)
    tornado.ioloop.IOLoop.current().start()

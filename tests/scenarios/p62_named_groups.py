# tornado: 6.5
# request: GET /item/42/edit at 0
# request: GET /blog/2024/hello-world at 10
# request: GET /opt/ at 20
# request: GET /opt/x at 30
import tornado.web

class ItemHandler(tornado.web.RequestHandler):
    def get(self, item_id, action):
        print("item", item_id, action, self.path_args, self.path_kwargs)
        self.write("%s:%s" % (item_id, action))

class PostHandler(tornado.web.RequestHandler):
    def get(self, year, slug):
        print("post", repr(year), repr(slug), self.path_args, self.path_kwargs)
        self.write("post %s/%s" % (year, slug))

class OptHandler(tornado.web.RequestHandler):
    def get(self, rest=None):
        print("opt", repr(rest))
        self.write("opt " + str(rest))

app = tornado.web.Application([
    (r"/item/(\d+)/(\w+)", ItemHandler),
    (r"/blog/(?P<year>\d{4})/(?P<slug>[a-z-]+)", PostHandler),
    (r"/opt/(.*)", OptHandler),
])

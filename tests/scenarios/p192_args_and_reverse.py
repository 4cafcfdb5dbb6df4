# tornado: 6.5
# request: GET /user/ann/posts/7?sort=new&sort=old&q=+x+ at 0
# request: GET /user/bob/posts/x at 10
from tornado import web

class PostsHandler(web.RequestHandler):
    def get(self, name, post_id):
        print("path", name, post_id, self.path_args, self.path_kwargs)
        print("query", self.get_query_argument("sort"), self.get_arguments("sort"), repr(self.get_argument("q")), repr(self.get_argument("q", strip=False)))
        print("reverse", self.reverse_url("posts", "zed", 9))
        self.write("ok")

class NamedHandler(web.RequestHandler):
    def get(self, **kw):
        print("named", kw)

app = web.Application([
    web.url(r"/user/(\w+)/posts/(\d+)", PostsHandler, name="posts"),
])

# tornado: 6.5
# request: GET /user/42 at 0
# request: GET /user/abc at 10
# request: GET /post/7/comment/9 at 20
import tornado.web

class UserHandler(tornado.web.RequestHandler):
    def get(self, user_id):
        print("user", user_id, type(user_id).__name__)
        self.write("user " + user_id)

class CommentHandler(tornado.web.RequestHandler):
    def get(self, post_id, comment_id):
        self.write("post %s comment %s" % (post_id, comment_id))

app = tornado.web.Application([
    (r"/user/([0-9]+)", UserHandler),
    (r"/post/(\d+)/comment/(\d+)", CommentHandler),
])
app.listen(8888)

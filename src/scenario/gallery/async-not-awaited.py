# request: POST /comment at 0
from tornado import web
from tornado.httpclient import AsyncHTTPClient

class CommentHandler(web.RequestHandler):
    async def post(self):
        self.notify_followers("new comment")  # no await: the body never runs
        self.write("saved")

    async def notify_followers(self, text):
        print("notifying:", text)
        await AsyncHTTPClient().fetch("http://push.example/")

routes = [(r"/comment", CommentHandler)]

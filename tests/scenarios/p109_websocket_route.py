# tornado: 6.5
# request: GET /ws at 0
# request: GET / at 10
import tornado.web
import tornado.websocket

class EchoWebSocket(tornado.websocket.WebSocketHandler):
    def open(self):
        print("WebSocket opened")

    def on_message(self, message):
        self.write_message(u"You said: " + message)

    def on_close(self):
        print("WebSocket closed")

class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("index")

app = tornado.web.Application([(r"/", MainHandler), (r"/ws", EchoWebSocket)])

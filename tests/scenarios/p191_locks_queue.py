# tornado: 6.5
# request: GET /lock at 0
# request: GET /lock at 5
# request: GET /lock at 10
from tornado import gen, web
from tornado.locks import Lock, Semaphore
from tornado.queues import Queue

lock = Lock()
sem = Semaphore(2)
q = Queue(maxsize=1)

class LockHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        uri = self.request.uri
        with (yield sem.acquire()):
            print("sem in", uri)
            with (yield lock.acquire()):
                print("lock in", uri)
                yield gen.sleep(0.02)
                yield q.put(uri)
                print("put", uri)
            item = yield q.get()
            print("got", item)
        self.write("ok")

routes = [(r"/lock", LockHandler)]

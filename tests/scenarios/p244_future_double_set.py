# Setting a Future's outcome twice, cancelling it, asking a pending one for its result:
# concurrent.futures' Future (3.2) and asyncio's (5.1+) refuse with InvalidStateError,
# Tornado 4's own Future overwrites and fails in its done step, and cannot be cancelled.
from tornado import web
from tornado.concurrent import Future


class MainHandler(web.RequestHandler):
    def get(self):
        f = Future()
        f.set_result(1)
        try:
            f.set_result(2)
        except Exception as e:
            print("second set_result:", type(e).__name__, type(e).__module__, e)
        print("result", f.result())
        g = Future()
        g.set_exception(ValueError("x"))
        try:
            g.set_result(3)
        except Exception as e:
            print("after exception:", type(e).__name__)
        try:
            print("result", g.result())
        except Exception as e:
            print("g raised", repr(e))
        self.write("ok")


class PendingHandler(web.RequestHandler):
    def get(self):
        f = Future()
        if type(f).__module__.startswith("concurrent"):
            print("result() of a pending concurrent.futures Future would block the loop")
        else:
            for name in ("result", "exception"):
                try:
                    print(name, getattr(f, name)())
                except Exception as e:
                    print(name, "raised", type(e).__name__, e)
        print("cancel()", f.cancel(), "cancelled()", f.cancelled())
        try:
            f.set_result(1)
            print("set after cancel: result", f.result())
        except Exception as e:
            print("set after cancel:", type(e).__name__, e)
        self.write("ok")


app = web.Application([(r"/", MainHandler), (r"/pending", PendingHandler)])

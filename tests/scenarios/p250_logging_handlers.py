# Logging handlers in a served app: a StreamHandler on stdout with its own format and
# filter, a logger that stops propagation, the access log copied to stdout, and
# basicConfig (a no-op: the root logger already has a handler).
import logging
import sys
from tornado import web

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="never used %(message)s")

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)s %(name)s] %(message)s"))
out.addFilter(lambda record: "secret" not in record.getMessage())

audit = logging.getLogger("audit")
audit.addHandler(out)
audit.propagate = False

app_log = logging.getLogger("app")
app_log.addHandler(out)

access = logging.getLogger("tornado.access")
access.addHandler(out)


class MainHandler(web.RequestHandler):
    def get(self):
        audit.info("request %s", self.request.path)
        audit.info("a secret value")
        app_log.debug("debug is below the root's level")
        app_log.warning("app warning %d", 42)
        print("root handlers:", len(logging.getLogger().handlers), "audit:", len(audit.handlers))
        self.write("ok")


app = web.Application([(r"/", MainHandler)])

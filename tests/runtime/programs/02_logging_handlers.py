# logging as a plain program has it: basicConfig on stdout, formatters, filters, propagation, exception()
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
child = logging.getLogger("app.db")
child.error("db error: %r", {"k": 1})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
logging.info("root info")
print(log.level, log.getEffectiveLevel(), child.parent.name, logging.getLevelName(30), logging.WARNING)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.info("hello %s", "world")
other.debug("hidden")
class F(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
other.addFilter(F())
other.info("a secret")
other.info("public")
print(logging.getLogger() is logging.root, other.handlers[0].level, logging.getLevelName("INFO"))
print(logging.StreamHandler(sys.stdout), logging.StreamHandler(), logging.NullHandler(), logging.Formatter("%(message)s")._fmt)
print(logging.getLogger("x"), logging.root, logging.getLogger().handlers)

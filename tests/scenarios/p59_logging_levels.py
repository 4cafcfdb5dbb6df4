# tornado: 6.5
import logging
import warnings
log = logging.getLogger("app.db")
log.debug("hidden")
logging.getLogger("app").setLevel(logging.DEBUG)
log.debug("shown %s", "now")
log.info("%(user)s logged in", {"user": "ada"})
logging.getLogger("quiet").propagate = False
logging.getLogger("quiet").error("dropped")
logging.getLogger("tornado.access").setLevel(logging.ERROR)
logging.log(logging.WARNING, "via log()")
logging.warning("root %d", 3)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("math")
    log.error("with info", exc_info=True)
log.critical("crit")
print(logging.getLevelName(20), logging.getLevelName("ERROR"), log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
print(logging.getLogger("x"), logging.getLogger())
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still shown")
logging.disable(logging.NOTSET)
warnings.warn("careful", RuntimeWarning)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.filterwarnings("error", message="boom")
try:
    warnings.warn("boom here")
except UserWarning as e:
    print("raised", e)

# raises: Weird
# An uncaught exception whose __str__ itself raises: CPython reports the type
# with a placeholder instead of the message.
class Weird(Exception):
    def __str__(self):
        raise ValueError("str is broken")
try:
    raise Weird("handled")
except Weird as w:
    print("caught", type(w).__name__, w.args)
print("about to fail")
raise Weird("unhandled")

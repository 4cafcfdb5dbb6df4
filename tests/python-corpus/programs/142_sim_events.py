# an event emitter: callbacks, closures, decorator registration, unsubscribe
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def off(self, event, fn):
        self.handlers[event].remove(fn)
    def emit(self, event, *args, **kwargs):
        results = []
        for fn in list(self.handlers.get(event, [])):
            results.append(fn(*args, **kwargs))
        return results
bus = Emitter()
received = []
@bus.on("msg")
def log_message(text, sender="?"):
    received.append(f"{sender}: {text}")
    return len(text)
@bus.on("msg")
def shout(text, **kw):
    return text.upper()
def make_counter(name):
    count = 0
    def handler(*args, **kwargs):
        nonlocal count
        count += 1
        return f"{name} saw {count}"
    return handler
counter = make_counter("counter")
bus.on("msg")(counter)
print(bus.emit("msg", "hello", sender="ann"))
print(bus.emit("msg", "bye"))
bus.off("msg", shout)
print(bus.emit("msg", "again", sender="bob"))
print(bus.emit("nothing"), received)
once_calls = []
def once(fn):
    def wrapper(*a, **k):
        bus.off("tick", wrapper)
        return fn(*a, **k)
    return wrapper
bus.on("tick")(once(lambda n: once_calls.append(n)))
bus.emit("tick", 1)
bus.emit("tick", 2)
print(once_calls, {k: len(v) for k, v in bus.handlers.items()})

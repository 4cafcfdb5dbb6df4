from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev)
        return isinstance(ev, KeyError)
with Resource("a") as r, Resource("b"):
    print("using", r.name)
with Resource("c"):
    raise KeyError("swallowed")
try:
    with Resource("d"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("body", t)
with tag("q"):
    raise ValueError("oops")
with suppress(IndexError, KeyError):
    [][1]
print("after suppress")
with ExitStack() as st:
    for n in "xyz":
        st.enter_context(Resource(n))
    st.callback(print, "callback ran")
class Thing:
    def close(self):
        print("thing closed")
with closing(Thing()):
    print("in closing")
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))

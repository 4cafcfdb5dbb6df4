import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


def on_dead(wr):
    print("  callback: referent gone, ref returns", wr())


res = Resource("db")
r = weakref.ref(res, on_dead)
print(r() is res, r(), weakref.getweakrefcount(res), type(r).__name__, r.__callback__ is on_dead)
del res
print("after del:", r(), r.__callback__)

# A cache that forgets values nobody else holds.
cache = weakref.WeakValueDictionary()
a, b = Resource("a"), Resource("b")
cache["a"], cache["b"] = a, b
print(len(cache), sorted(cache), cache["a"], "b" in cache)
del a
gc.collect()
print(len(cache), list(cache.items()), cache.get("a", "evicted"))

# Per-object metadata without keeping the objects alive.
meta = weakref.WeakKeyDictionary()
k1, k2 = Resource("k1"), Resource("k2")
meta[k1], meta[k2] = {"hits": 1}, {"hits": 2}
print(len(meta), meta[k2], k1 in meta)
k1 = None
print(len(meta), [key.name for key in meta])

members = weakref.WeakSet([b, k2])
print(len(members), b in members, Resource("tmp") in members)
fin = weakref.finalize(b, print, "  finalize: b released")
print(fin.alive, fin.peek()[1] is print)
del b
print(fin.alive, len(members), fin())

class Button:
    def click(self):
        return "clicked"

btn = Button()
handler = weakref.WeakMethod(btn.click)
print(handler()())
del btn
print(handler())
for bad in ([1, 2], 3, "text", None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

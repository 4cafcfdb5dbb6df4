# subclassing dict, list, str and Exception
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
cfg = AttrDict(host="localhost", port=80)
cfg.debug = True
print(cfg, cfg.host, cfg["debug"], len(cfg), isinstance(cfg, dict), type(cfg).__name__)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
class DefaultList(list):
    def get(self, i, default=None):
        return self[i] if -len(self) <= i < len(self) else default
dl = DefaultList([1, 2, 3])
dl.append(4)
print(dl, dl.get(1), dl.get(10, "none"), dl + [5], type(dl + [5]).__name__, dl[1:], sum(dl))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), u + " you", len(u), u == "hey", isinstance(u, str))
class Counted(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counted()
c["a"] += 1
c["b"]
print(c, c.get("zz"), "zz" in c)
class HTTPError(Exception):
    def __init__(self, code, message=""):
        self.code = code
        super().__init__(code, message)
    def __str__(self):
        return f"HTTP {self.code}: {self.args[1] or 'error'}"
e = HTTPError(404, "Not Found")
print(e, repr(e), e.args, HTTPError(500))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s)

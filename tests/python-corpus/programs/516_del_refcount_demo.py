class Conn:
    count = 0
    def __init__(self, host):
        self.host = host
        Conn.count += 1
        print(f"open {host} (total {Conn.count})")
    def __del__(self):
        Conn.count -= 1
        print(f"close {self.host} (left {Conn.count})")
a = Conn("alpha")
b = a
del a
print("a deleted, b still holds it:", b.host)
del b
print("both gone")
pool = [Conn(f"p{i}") for i in range(3)]
pool.pop()
print("popped")
pool = None
print("pool dropped")
def work():
    c = Conn("temp")
    return c.host.upper()
result = work()
print(result)
keep = {"main": Conn("kept")}
for i in range(2):
    tmp = Conn(f"loop{i}")
print("loop done", Conn.count)
def gen():
    g = Conn("in-gen")
    yield 1
    yield 2
it = gen()
print(next(it))
last = Conn("last")
print("end of program")

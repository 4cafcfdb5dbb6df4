class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)
r = Res("a")
del r
print("after del")
def scope():
    x = Res("b")
    print("in scope")
scope()
print("after scope")
r2 = Res("c")
r2 = Res("d")
print("rebound")
lst = [Res("e")]
lst.clear()
print("cleared")
print("end")

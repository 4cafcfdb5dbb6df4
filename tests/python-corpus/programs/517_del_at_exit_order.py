class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
z = R("z")
_u = R("_u")
a = R("a")
lst = [R("l1"), R("l2"), R("l3")]
b = R("b")
d = {"k1": R("d1"), "k2": R("d2")}
t = (R("t1"), R("t2"))
class Holder:
    def __init__(self): self.x = R("hx"); self.y = R("hy")
h = Holder()
alias = a
def f(): pass
print("end of program")
class Q:
    def __init__(self, n): self.n = n
    def __del__(self): print("Q del", self.n)
class Holder2:
    def __init__(self, p): self.x = Q(p + "x"); self.y = Q(p + "y")
t3 = (Q("t1"), Q("t2"))
lst3 = [Q("l1"), Q("l2")]
h1 = Holder2("h1")
a3 = Q("a")
h2 = Holder2("h2")
d3 = {"k": Q("d1")}
print("end of second part")

# Python 2 print statements inside functions, methods and loops, as in old handler posts
class Greeter(object):
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, *names):
        for n in names:
            print self.greeting, n
        print "greeted", len(names), "people"
def report(title, items):
    print "==", title, "=="
    for key in sorted(items):
        print key, "->", items[key]
g = Greeter("hi")
g.greet("ann", "bob")
report("counts", {"b": 2, "a": 1})
msg = "done"
print msg

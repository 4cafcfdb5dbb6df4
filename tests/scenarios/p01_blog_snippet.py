# tornado: 6.5
# The blog post's snippet as pasted: no class, no routes, no decorator.
def post(self):
    self.test("test")

def test(self, msg):
    print(msg)
    self.write("ok")

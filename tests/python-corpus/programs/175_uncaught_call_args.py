# an uncaught TypeError for a missing argument uses the function's qualified name
# raises: TypeError
class Greeter:
    def greet(self, name, punctuation):
        return f"hello {name}{punctuation}"
g = Greeter()
print(g.greet("ann", "!"))
print(g.greet("bob", punctuation="?"))
print(g.greet("cy"))
print("never printed")

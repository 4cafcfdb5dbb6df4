# an uncaught NameError from a name that was never assigned
# raises: NameError
def greet(name):
    message = "hello " + name
    return greeting_text
print("before the typo")
counts = [1, 2, 3]
print(sum(counts))
print(greet("world"))
print("never printed")

# an uncaught NameError from a misspelt variable
# raises: NameError
def greet(name):
    message = "hello " + name
    return mesage
print("before the typo")
counts = [1, 2, 3]
print(sum(counts))
print(greet("world"))
print("never printed")

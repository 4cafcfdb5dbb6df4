# an uncaught AttributeError on None, the most common handler bug
# raises: AttributeError
class User:
    def __init__(self, name):
        self.name = name
users = {"ann": User("ann")}
def find(name):
    return users.get(name)
print(find("ann").name)
print(find("bob"))
print(find("bob").name)

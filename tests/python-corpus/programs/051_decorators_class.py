# class decorators and decorating methods
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@register
@add_greeting
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), Alpha().greet(), Beta().greet())
def logged(method):
    def wrapper(self, *args):
        self.log.append(method.__name__ + str(args))
        return method(self, *args)
    return wrapper
class Account:
    def __init__(self):
        self.log = []
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @logged
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance
acct = Account()
acct.deposit(100)
acct.withdraw(30)
print(acct.balance, acct.log)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, name):
        self.name = name
print(Config("first").name, Config("second").name, Config("x") is Config("y"))

# an uncaught exception with no message prints just the class name
# raises: NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
shapes = [Square(2), Square(3), Shape()]
for s in shapes:
    print(type(s).__name__, s.area())

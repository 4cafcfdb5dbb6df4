# an uncaught IndexError from a method call on a class instance
# raises: IndexError
class Queue:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def get(self):
        return self.items[0]
q = Queue()
q.put("job-1")
print(q.get())
q.items.clear()
print("queue emptied")
print(q.get())

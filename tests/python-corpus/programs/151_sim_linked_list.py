# a linked list class with the container protocol
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList([1, "two", 3.0])
print(ll, len(ll), ll[0], ll[-1], list(ll), 3.0 in ll, "x" in ll)
ll.push(0)
ll.reverse()
print(ll, ll.pop(), ll, ll == LinkedList(["two", 1, 0]), bool(LinkedList()))
for bad in (lambda: LinkedList().pop(), lambda: ll[10]):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
# print() converts its arguments only after evaluating all of them
print(ll, ll.pop(), ll)

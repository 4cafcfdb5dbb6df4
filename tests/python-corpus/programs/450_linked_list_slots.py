class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._n += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self._n
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

ll = LinkedList([1, 2, "three", 4.0])
print(ll, len(ll), ll[0], ll[-1])
ll.reverse()
print(ll, "three" in ll, 5 in ll)
print(ll == LinkedList([4.0, "three", 2, 1]), ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(list(ll))), sum(x for x in ll if isinstance(x, (int, float))))
print(bool(LinkedList()), bool(ll))
n = Node(1)
try:
    n.other = 2
except AttributeError as e:
    print(e)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok) if "." in tok else int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"), rpn("1.5 2 *"))
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("Error:", e)
from collections import deque
q = deque()
for i in range(5):
    q.append(i * i)
print(q, q.popleft(), q, len(q))
def hot_potato(names, n):
    q = deque(names)
    out = []
    while len(q) > 1:
        q.rotate(-n)
        out.append(q.pop())
    return out, q[0]
print(hot_potato(["Bill", "David", "Susan", "Jane", "Kent", "Brad"], 7))
s.push(1); s.push("two"); s.push([3])
print(s, len(s), s.peek(), bool(s))

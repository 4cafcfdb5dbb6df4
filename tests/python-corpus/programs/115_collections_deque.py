# collections.deque: both ends, maxlen, rotate, indexing
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=" ")
print()
print(last3, last3.maxlen)
last3.appendleft(100)
print(last3)
print(deque("abc"), deque(), list(reversed(deque([1, 2]))), 2 in deque([1, 2]))
q = deque([3, 1, 3])
print(q.count(3), q.index(1))
q.remove(3)
print(q)
q.clear()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=2)
window.extend("abcde")
print(window, deque([1, 2]) == deque([1, 2]), deque([1]) == [1])

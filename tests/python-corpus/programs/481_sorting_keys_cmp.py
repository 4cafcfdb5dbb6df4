from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller
students = [("alice", "B", 85), ("bob", "A", 92), ("carol", "B", 78), ("dave", "A", 92), ("eve", "C", 60)]
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=itemgetter(1, 0)))
print(sorted(students, key=lambda s: (-s[2], s[0])))
def cmp(a, b):
    return (a[2] > b[2]) - (a[2] < b[2]) or (a[0] < b[0]) - (a[0] > b[0])
print(sorted(students, key=cmp_to_key(cmp)))
@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["KH", "2S", "AD", "TC", "2H"]]
print(sorted(hand), max(hand), min(hand), Card("AS") >= Card("KD"), Card("2C") <= Card("2D"), Card("3C") > Card("4C"))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(map(methodcaller("upper"), words)), list(map(attrgetter("imag"), [1j, 2])))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), nums.index(-1))
nums.sort(reverse=True)
print(nums)
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
print(sorted("hello world"), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), list(reversed(sorted(range(5)))), sorted([True, False, 0, 1]))
print(sorted([0.1, -0.0, 0.0, float("inf"), -5]), max([1, 2.5, 2]), min("hello"), max("abc", "abd", key=lambda s: s[-1]))
data = [{"n": "x", "v": None}, {"n": "y", "v": 3}, {"n": "z", "v": 1}]
print(sorted(data, key=lambda d: (d["v"] is None, d["v"] or 0)))

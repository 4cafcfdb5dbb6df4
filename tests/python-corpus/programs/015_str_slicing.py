# indexing and slicing strings, with steps and negative indices
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == "")
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[10:]))
print(s[1:9:3], s[-1:-11:-3], s[::3])
print(s[slice(2, 6)], s[slice(None, None, -4)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1])
for i in range(-3, 3):
    print(i, s[i], end="; ")
print()
print(len(s), len(""), s[len(s) - 1])

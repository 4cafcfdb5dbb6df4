# find/index/count/startswith with start and end, by code point
text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.find("the", 20, 30), text.rfind("the"))
print(text.find("at", -10), text.rfind("at", 0, -10), text.index("mat"), text.rindex("t"))
print(text.count("at"), text.count("at", 10), text.count("at", 10, 20), text.count(""))
print(text.startswith("the"), text.startswith("cat", 4), text.startswith(("dog", "the")))
print(text.endswith("hat"), text.endswith("sat", 0, 11), text.endswith(("x", "y")))
print("".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".count("", 1))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
positions = []
start = 0
while True:
    i = text.find("at", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
emoji = "x\U0001F600y\U0001F600z"
print(emoji.find("y"), emoji.find("z"), emoji.rfind("\U0001F600"), emoji.index("z", 2))
print(emoji.count("\U0001F600", 2), emoji.startswith("y", 2), emoji.endswith("\U0001F600", 0, 4))
print(emoji[1:4], emoji[-2:], emoji.partition("y"), emoji.rpartition("\U0001F600"))
for sub, args in [("cat", ()), ("dog", ()), ("the", (5,)), ("the", (5, 10))]:
    try:
        print(sub, args, text.index(sub, *args))
    except ValueError as e:
        print(sub, args, "ValueError:", e)
for bad in [1, None, b"cat"]:
    try:
        text.find(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    text.startswith(("the", 3))
except TypeError as e:
    print("TypeError:", e)

# find, rfind, index, rindex, count, startswith, endswith, in
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"))
print(s.find("o", 5, 10), s.rfind("o", 0, 5), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("o"))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("java")
except ValueError as e:
    print("ValueError:", e)
print(s.count("hello"), s.count("o"), s.count("l", 3), s.count(""), "aaaa".count("aa"))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("python"), s.endswith(("java", "thon")), s.endswith("hello", 0, 5))
print("world" in s, "World" in s, "" in s, "lo w" not in s)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" > "Apple", "a" * 3 == "aaa")
print("ab" * 3, 3 * "xy", "ab" * 0, "ab" * -1 == "")
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))

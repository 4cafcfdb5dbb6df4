# other str methods and conversions
print("hello".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"))
print(str(42), str(-0.5), str(True), str(None), str([1, "a"]), str(b"x"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("back\\slash"))
print("a,b".split(",") == ["a", "b"], "abc".index("c"))
print("Hello {}".format("you"), "x".join(map(str, [1, 2, 3])))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "hello".translate({ord("l"): None}))
print(sorted("hello"), list("abc"), tuple("ab"), set("aa") == {"a"})
print(min("hello"), max("hello"), "".join(reversed("abc")))
print(ord("A"), ord("a"), chr(65), chr(97), chr(8364))
print(str.upper("abc"), str.join("-", ["a", "b"]))
print("%d items" % 3, "Total: " + str(10))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
print("abc" "def", "con" + "cat")
print(hash("") == hash(""), "abc".__len__(), "b" in "abc")

# an uncaught TypeError from mixing int and str
# raises: TypeError
items = [("apples", 3), ("pears", "4"), ("plums", 5)]
total = 0
print("counting", len(items), "kinds of fruit")
# the second count is a str, so the addition fails on the second pass
for name, count in items:
    print("adding", name)
    total = total + count
print(total)

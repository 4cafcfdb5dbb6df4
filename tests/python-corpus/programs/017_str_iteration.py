# iterating over strings, building them, comparing them
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c for c in s if c in "aeiou"])
print("".join(c.upper() if i % 2 else c for i, c in enumerate(s)))
words = "the cat sat on the mat".split()
print(sorted(words), sorted(words, key=len), sorted(set(words)))
print(max(words, key=len), min(words))
acc = ""
for w in words:
    acc += w[0]
print(acc)
print(list(zip("abc", "123")), list(enumerate("xy", 1)))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("a" < "b" < "c", "abc" == "abc", "abc" != "ABC", "b" > "abc")
print([s[i:i + 3] for i in range(0, len(s), 3)])
n = 0
for ch in "":
    n += 1
print(n, s.lower().count("s"), s.replace("ss", "SS"))

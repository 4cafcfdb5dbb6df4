import re
from collections import Counter, defaultdict
import string

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print(freq.most_common(5))
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}{c:>3} {'*' * c}")

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(s, key, decrypt=False):
    res, i = [], 0
    for ch in s:
        if ch in string.ascii_letters:
            k = ord(key[i % len(key)].lower()) - 97
            if decrypt: k = -k
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + k) % 26 + base)); i += 1
        else:
            res.append(ch)
    return ''.join(res)

enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
v = vigenere("Attack at Dawn!", "lemon")
print(v, vigenere(v, "lemon", True))
groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups["".join(sorted(w))].append(w)
print(dict(groups))
print([g for g in groups.values() if len(g) > 1])
pals = [p for p in ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]
        if (c := re.sub(r'[^a-z0-9]', '', p.lower())) == c[::-1]]
print(pals)
def rle(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, unrle(r) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(string.capwords("hello   world  foo"), "hello world".title(), text.count("it was"))
print(re.sub(r"(\w+) of (\w+)", r"\2's \1", "the age of wisdom"))
print(re.split(r"[,.]\s*", text)[:4])

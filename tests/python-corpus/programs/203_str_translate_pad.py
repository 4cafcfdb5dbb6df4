# translate and maketrans, padding, tabs
import_letters = "abcdefghijklmnopqrstuvwxyz"
shift = 3
rot = str.maketrans(import_letters + import_letters.upper(),
                    import_letters[shift:] + import_letters[:shift] + (import_letters[shift:] + import_letters[:shift]).upper())
secret = "Hello, World!".translate(rot)
print(secret, secret.translate({v: k for k, v in rot.items()}))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming Language".translate(strip_vowels))
print("a-b_c".translate({ord("-"): " ", ord("_"): None}), "abc".translate({97: "AA", 98: 66}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()), str.maketrans("ab", "xy")[97])
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
print("+" + "-" * 12 + "+" + "-" * 6 + "+")
for name, qty, price in rows:
    print("|" + name.ljust(12) + "|" + str(qty).rjust(6) + "|", str(price).center(7, "."))
print("ab".center(5), "ab".center(6, "*"), "abc".center(6, "*"), "abc".center(2))
print("42".zfill(6), "-42".zfill(6), "+4".zfill(4), "abc".zfill(1), "".zfill(2))
print(repr("name\tage\tcity".expandtabs(8)), repr("a\tbb\tccc".expandtabs(4)))
print(repr("x\ty\nzz\tw".expandtabs(3)), repr("\t".expandtabs(0)), repr("ab".expandtabs()))
for args in [(5, "ab"), (5, 7), ("5",)]:
    try:
        print("x".center(*args))
    except TypeError as e:
        print("TypeError:", e)
for table in [{97: 1.5}, {97: -1}]:
    try:
        "abc".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)

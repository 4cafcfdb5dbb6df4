# the string module: constants, capwords, Template
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bo"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
def is_identifier(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
print([w for w in ["a1", "1a", "_x", "", "ok_2"] if is_identifier(w)])
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("hello world".translate(caesar))
print(sum(c in string.punctuation for c in "Hi! How's it going?"))

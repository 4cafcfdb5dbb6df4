# string.Template for messages, string constants for validation, copy for config snapshots
import copy
import string

greeting = string.Template("Hello $name, you have ${count} new $$-offers")
print(greeting.substitute(name="Ann", count=3), greeting.safe_substitute(name="Bob"))
print(greeting.get_identifiers(), greeting.is_valid())
try:
    greeting.substitute(name="Cy")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError", e)


def is_token(s):
    allowed = string.ascii_letters + string.digits + "-_"
    return bool(s) and all(c in allowed for c in s)


print([is_token(s) for s in ["abc-123", "with space", "", "ünï"]], string.capwords("the quick  brown fox"))
print(len(string.printable), string.punctuation[:5], repr(string.whitespace))
defaults = {"retries": 3, "hosts": ["a", "b"], "tls": {"verify": True}}
shallow = copy.copy(defaults)
deep = copy.deepcopy(defaults)
defaults["hosts"].append("c")
defaults["tls"]["verify"] = False
print(shallow["hosts"], deep["hosts"], shallow["tls"], deep["tls"], deep == defaults)


class Config:
    def __init__(self, **kw):
        for key, value in kw.items():
            setattr(self, key, value)

    def __repr__(self):
        return f"Config({sorted(self.__dict__.items())})"


c1 = Config(name="svc", ports=[80])
c2 = copy.deepcopy(c1)
c2.ports.append(443)
print(c1, c2, copy.copy(c1).ports is c1.ports)

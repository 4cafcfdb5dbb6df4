import string
import textwrap
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.ascii_uppercase[:5], len(string.printable))
t = string.Template("Hello $name, you owe $$${amount:.2f}".replace(":.2f", ""))
print(t.substitute(name="Ann", amount=12.5), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("short words only here", 10))
print(textwrap.shorten("Hello world, this is a long sentence", width=20))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{b}c{d!r:>3}")))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("hello world".translate(caesar))
print(textwrap.fill("a " * 20, width=15, initial_indent="* ", subsequent_indent="  "))
